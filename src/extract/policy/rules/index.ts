/**
 * The registry: every policy rule, in one list. Order does not decide anything: all rules run
 * on every sentence (but those whose needs the sentence lacks, presence.ts) and their links
 * are merged (one per subject, predicate, object).
 */
import type { DocumentRule, PolicyRule } from "../types.js";
import { actorActs } from "./actor-acts.js";
import { actsWithPartner } from "./acts-with-partner.js";
import { agreementParties } from "./agreement-parties.js";
import { amongBloc } from "./among-bloc.js";
import { appliesAfterAside } from "./applies-after-aside.js";
import { areaApposition } from "./area-apposition.js";
import { areaComposition } from "./area-composition.js";
import { areaProvinces } from "./area-provinces.js";
import { basisFronted } from "./basis-fronted.js";
import { blocMembers } from "./bloc-members.js";
import { capitalCity } from "./capital-city.js";
import { categoryZone } from "./category-zone.js";
import { customsOffice } from "./customs-office.js";
import { decisionBy } from "./decision-by.js";
import { goodsInTitle } from "./goods-in-title.js";
import { inForce } from "./in-force.js";
import { joinsAgreement } from "./joins-agreement.js";
import { jointBy } from "./joint-by.js";
import { jointSubjects } from "./joint-subjects.js";
import { jointWith } from "./joint-with.js";
import { laidOn } from "./laid-on.js";
import { measureApplies } from "./measure-applies.js";
import { measureContents } from "./measure-contents.js";
import { measureTarget } from "./measure-target.js";
import { memberApposition } from "./member-apposition.js";
import { membersBeforeBloc } from "./members-before-bloc.js";
import { namedTarget } from "./named-target.js";
import { objectToAct } from "./object-to-act.js";
import { oneOfPlaces } from "./one-of-places.js";
import { originGoods } from "./origin-goods.js";
import { ownerOfMeasure } from "./owner-of-measure.js";
import { partiesInTalks } from "./parties-in-talks.js";
import { passiveBy } from "./passive-by.js";
import { placeActs } from "./place-acts.js";
import { placeInProvince } from "./place-in-province.js";
import { receivesMeasure } from "./receives-measure.js";
import { servicesFor } from "./services-for.js";
import { signedBetween } from "./signed-between.js";
import { supportInTitle } from "./support-in-title.js";
import { talksWith } from "./talks-with.js";
import { unitOfAgency } from "./unit-of-agency.js";
import { zoneCategoryList } from "./zone-category-list.js";
import { zoneInPlace } from "./zone-in-place.js";
import { zoneInTitle } from "./zone-in-title.js";
import { zoneLocations } from "./zone-locations.js";
import { zoneOfCategory } from "./zone-of-category.js";

export const SENTENCE_RULES: PolicyRule[] = [
  actorActs,
  actsWithPartner,
  passiveBy,
  signedBetween,
  jointSubjects,
  jointBy,
  jointWith,
  talksWith,
  partiesInTalks,
  measureTarget,
  measureContents,
  measureApplies,
  appliesAfterAside,
  laidOn,
  originGoods,
  namedTarget,
  receivesMeasure,
  agreementParties,
  inForce,
  joinsAgreement,
  placeInProvince,
  placeActs,
  decisionBy,
  supportInTitle,
  basisFronted,
  servicesFor,
  objectToAct,
  ownerOfMeasure,
  oneOfPlaces,
  zoneInPlace,
  blocMembers,
  membersBeforeBloc,
  memberApposition,
  amongBloc,
  unitOfAgency,
  zoneCategoryList,
  zoneOfCategory,
  areaProvinces,
  areaApposition,
  areaComposition,
];

export const DOCUMENT_RULES: DocumentRule[] = [
  customsOffice,
  zoneLocations,
  zoneInTitle,
  goodsInTitle,
  categoryZone,
  capitalCity,
];
