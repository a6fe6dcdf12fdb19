# The trade network recipe of the README, run by test/export/trade-network.test.ts: networkx
# reads the network view's node-link JSON, builds one weighted DiGraph per flow and period and
# ranks it; pandas derives the same edges from the tidy facts.csv on its own, as a check.
import json, sys
import networkx as nx
import pandas as pd

import collections
network_json, facts_csv, nodes_csv = sys.argv[1:4]
with open(network_json) as f:
    data = json.load(f)
try:
    g = nx.node_link_graph(data, edges="links")
except TypeError:
    g = nx.node_link_graph(data)

# The recipe: one flow, one period (here the one with most edges); weights as given.
slices = collections.Counter((d["flow"], d["periodStart"], d["periodEnd"])
                             for _, _, d in g.edges(data=True) if d["type"] == "TRADE_FLOW")
flow, start, end = slices.most_common(1)[0][0] if slices else ("", "", "")
trade = nx.DiGraph()
for u, v, d in g.edges(data=True):
    if d["type"] == "TRADE_FLOW" and d["flow"] == flow and d["periodStart"] == start \
            and d["periodEnd"] == end:
        trade.add_edge(u, v, weight=d["weight"])
rank = nx.pagerank(trade, weight="weight") if trade.number_of_edges() else {}

# The same edges from the tidy tables, by pandas alone.
facts = pd.read_csv(facts_csv)
nodes = pd.read_csv(nodes_csv)
groups = set(nodes.loc[nodes["group"], "id"])
whole = facts[facts["segment_dimension"].isna() & facts["value_amount"].notna()
              & facts["baseline_start"].isna()
              & (facts["partner_id"].isna() != facts["commodity_id"].isna())
              & ~facts["reporter_id"].isin(groups) & ~facts["partner_id"].isin(groups)
              & ~facts["commodity_id"].isin(groups)].copy()
whole["target"] = whole["partner_id"].fillna(whole["commodity_id"])
keys = ["reporter_id", "target", "flow", "period_start", "period_end", "value_currency"]
expected = whole.groupby(keys, dropna=False)["value_amount"].max()

def month(date):
    return date[:7]
got = {}
for u, v, d in g.edges(data=True):
    got[(u, v, d["flow"], d["periodStart"], d["periodEnd"], d["currency"])] = d["weight"]
derived = {(r, t, fl, month(ps), month(pe), cur if isinstance(cur, str) else None): int(w)
           for (r, t, fl, ps, pe, cur), w in expected.items()}
print(json.dumps({
    "edges": g.number_of_edges(),
    "nodes": g.number_of_nodes(),
    "groupNodes": sum(1 for _, d in g.nodes(data=True) if d.get("group")),
    "distinctKeys": len(got),
    "sameAsPandas": got == derived,
    "pandasEdges": len(derived),
    "slice": [flow, start, end],
    "sliceEdges": trade.number_of_edges(),
    "rankedNodes": len(rank),
    "top": sorted(rank, key=rank.get, reverse=True)[:5],
    "topGroups": [n for n in rank if g.nodes[n].get("group")],
}))
