// mcfgraph Neo4j schema. Applied by `mcfgraph neo4j init` (graph.neo4j_store.init_schema); every
// statement is IF NOT EXISTS, so applying it again changes nothing.
//
// (:Document {id, sha256, title, date, jurisdiction, genre, speaker, issuer, doc_number, source})
// (:Entity:<Type> {key, type, name, aliases, jurisdiction, side, gloss, confidence, documents, mentions,
//   summary_json})   summary_json: counts of what the documents contributed (graph.store.NodeSummary)
//   -[:MENTIONED_IN {record, problems_json}]->(:Document)   one document's contribution (JSON)
// (:Entity)-[:<RELATION TYPE> {ev_documents, ev_sentences, ev_modalities, ev_details}]->(:Entity)
//   evidence as parallel lists; ev_details[i] is JSON {sentence_index, start, end, source, confidence}
// (:Entity:Unresolved {key}) is an endpoint some document's evidence names but no document
// describes yet; it is kept (and hidden from counts and networkx) until a document describes it.

// One (:McfgraphModel) node records the data model version (graph/cypher.py MODEL_VERSION).
CREATE CONSTRAINT mcfgraph_model_id IF NOT EXISTS FOR (m:McfgraphModel) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT partygovbody_key IF NOT EXISTS FOR (n:PartyGovBody) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT militaryunit_key IF NOT EXISTS FOR (n:MilitaryUnit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT researchinstitute_key IF NOT EXISTS FOR (n:ResearchInstitute) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT association_key IF NOT EXISTS FOR (n:Association) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT industrialpark_key IF NOT EXISTS FOR (n:IndustrialPark) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fund_key IF NOT EXISTS FOR (n:Fund) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_jurisdiction IF NOT EXISTS FOR (n:Entity) ON (n.jurisdiction);
CREATE INDEX entity_side IF NOT EXISTS FOR (n:Entity) ON (n.side);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (d:Document) ON (d.jurisdiction);

// The gap report's findings, written by `mcfgraph gaps --neo4j` (graph/finding_nodes.py) and replaced
// on each run; they never change the extracted facts:
// (:Finding {id, key, kind, list, status, status_text, title, holder, holder_basis, english,
//   problem_words, ev_*, held_*, holder_* (parallel quote lists), ...})
//   -[:CONCERNS {role}]->(:Entity)   -[:CITES {roles, sentences, simplified, starts, ends, ...}]->(:Document)
// (:GapRun {id: 'mcfgraph', at, filters, counts_json, documents}) the run they come from.
CREATE CONSTRAINT gaprun_id IF NOT EXISTS FOR (r:GapRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX finding_id IF NOT EXISTS FOR (f:Finding) ON (f.id);
CREATE INDEX finding_kind IF NOT EXISTS FOR (f:Finding) ON (f.kind);

// Chinese names: the CJK analyzer indexes character bigrams, so 融合办 finds 军民融合办公室.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
