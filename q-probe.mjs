import neo4j from "neo4j-driver";
const d = neo4j.driver("bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j",""), {disableLosslessIntegers:true});
const s = d.session();
const q = process.argv[2];
const r = await s.run(q);
for (const rec of r.records.slice(0, 30)) console.log(JSON.stringify(rec.toObject()));
await s.close(); await d.close();
