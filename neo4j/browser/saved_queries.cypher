// mcfgraph saved queries for Neo4j Browser: the analyst's questions of `mcfgraph show / path /
// centrality / brokers / gaps`, on the data model graph/cypher.py writes:
//   (:Entity:<Type> {key, name, gloss, caption, type, aliases, jurisdiction, side, documents, ...})
//   (:Entity)-[:MENTIONED_IN {record, problems_json}]->(:Document {id, title, date, jurisdiction})
//   (:Entity)-[:<RELATION> {ev_documents, ev_sentences, ev_modalities, ev_details}]->(:Entity)
//   (:Finding {id, key, kind, list, status, title, holder, holder_basis, english, ev_*, ...})
//     -[:CONCERNS]->(:Entity), -[:CITES {sentences, simplified, starts, ends}]->(:Document): the gap
//     report's findings, written (and replaced) by `mcfgraph gaps --neo4j` (graph/finding_nodes.py)
//   (parallel lists; ev_details[i] is JSON: apoc.convert.fromJsonMap(r.ev_details[i]).start ...)
// Each query starts with a line "// == <name> ==", then its parameters as Browser commands
// ("// :param a => '...'": run them, without the //, before the query; the values work on the
// sample corpus, `mcfgraph ingest samples/ --neo4j`). `mcfgraph cypher --saved NAME` runs one from
// the terminal with these values (override with --param a=...).
// Where the answer is a graph (a neighbourhood, a path, a broker with the pairs it joins, a gap with
// the entities involved) the query returns nodes and relationships, so Browser draws them; click a
// relationship for its evidence (ev_sentences, ev_documents, ev_modalities). The scalar columns
// beside them are the Table view.
// Relationship types are matched as `type(r) IN [...]`, never `[:A|B]`, so a corpus where one type
// is absent raises no UnknownRelationshipTypeWarning; entity types likewise through `n.type`.
// Places (Location, LOCATED_IN) are not coordination channels, as in graph/analysis/filters.py.
// tests/test_browser_queries.py runs every query against a real Neo4j and checks it agrees with
// the networkx analysis; tests/test_browser_ui.py runs them in Neo4j Browser in headless Chromium.

// == Entity: one entity with its relationships ==
// :param name => '龙岩市委'
MATCH (n:Entity)
WHERE n.key = $name OR n.name = $name OR $name IN n.aliases
OPTIONAL MATCH (n)-[r]-(o:Entity)
WITH n, collect(r) AS rels, collect(o) AS others
RETURN n, rels, others, n.key AS key, n.name AS name, n.gloss AS gloss, n.type AS type, n.side AS side,
       n.jurisdiction AS jurisdiction, n.aliases AS aliases, n.documents AS documents,
       [i IN range(0, size(rels) - 1) |
         {relation: type(rels[i]), direction: CASE WHEN startNode(rels[i]) = n THEN 'out' ELSE 'in' END,
          other: others[i].name, other_gloss: others[i].gloss, sentences: rels[i].ev_sentences,
          documents: rels[i].ev_documents, modalities: rels[i].ev_modalities}] AS relationships
ORDER BY key;

// == Entity: find by name (CJK full-text index) ==
// :param text => '融合办'
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node, node.key AS key, node.name AS name, node.gloss AS gloss, node.jurisdiction AS jurisdiction,
       node.type AS type, score
ORDER BY score DESC, key
LIMIT 10;

// == Path: all shortest paths with evidence ==
// :param a => '张丽华'
// :param b => '福建省委军民融合办'
MATCH p = allShortestPaths((a:Entity {key: $a})-[*..6]-(b:Entity {key: $b}))
WHERE all(r IN relationships(p) WHERE type(r) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF',
        'LOCATED_IN', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS', 'PARTICIPATES_IN', 'HOLDS_POSITION'])
RETURN p, length(p) AS hops,
       [n IN nodes(p) | n.name + ' (' + coalesce(n.gloss, '') + ')'] AS entities,
       [r IN relationships(p) | {head: startNode(r).name, relation: type(r), tail: endNode(r).name,
                                 sentence: r.ev_sentences[0], document: r.ev_documents[0],
                                 modality: r.ev_modalities[0]}] AS hops_with_evidence
LIMIT 20;

// == Centrality: degree (distinct partners, places left out) ==
MATCH (n:Entity)
WHERE n.type <> 'Location' AND EXISTS { (n)-[:MENTIONED_IN]->(:Document) }
OPTIONAL MATCH (n)-[r]-(o:Entity)
WHERE type(r) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                  'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND o.type <> 'Location' AND o <> n
RETURN n.key AS key, n.name AS name, n.gloss AS gloss, n.side AS side, count(DISTINCT o) AS degree
ORDER BY degree DESC, key
LIMIT 20;

// == Brokers: entities tied to both military and civilian actors ==
// Each broker is drawn with the military and civilian actors it ties together.
MATCH (b:Entity)-[r1]-(m:Entity {side: 'military'})
WHERE type(r1) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                   'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND b.type <> 'Location' AND b <> m
MATCH (b)-[r2]-(c:Entity {side: 'civilian'})
WHERE type(r2) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                   'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND c <> b
WITH b, collect(DISTINCT m) AS mil, collect(DISTINCT c) AS civ, collect(DISTINCT r1) + collect(DISTINCT r2) AS ties
RETURN b AS broker, ties, mil, civ, b.key AS key, b.name AS name, b.gloss AS gloss, b.side AS side,
       size(mil) AS military_ties, size(civ) AS civilian_ties,
       size([m IN mil WHERE any(c IN civ WHERE NOT EXISTS { (m)--(c) })]) AS military_ties_it_bridges
ORDER BY military_ties * civilian_ties DESC, key;

// == Candidates: single-broker dependence (military–civilian pairs whose only 2-hop link is one node) ==
// The networkx analysis (mcfgraph gaps / brokers) finds cut points on the whole graph; this is its
// two-hop view, drawn as each broker with the pairs that depend on it.
MATCH (m:Entity {side: 'military'})-[r1]-(b:Entity)-[r2]-(c:Entity {side: 'civilian'})
WHERE type(r1) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                   'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND type(r2) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                   'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND b.type <> 'Location' AND NOT EXISTS { (m)--(c) }
  AND any(x IN r1.ev_modalities WHERE x IN ['reported', 'stated'])
  AND any(x IN r2.ev_modalities WHERE x IN ['reported', 'stated'])
WITH m, c, collect(DISTINCT b) AS via, collect(r1) + collect(r2) AS links
WHERE size(via) = 1
WITH via[0] AS broker, collect([m.name, c.name]) AS pairs, collect(m) + collect(c) AS ends,
     reduce(acc = [], l IN collect(links) | acc + l) AS ties
RETURN broker, ends, ties, broker.key AS key, broker.name AS name, broker.gloss AS gloss,
       broker.side AS side, size(pairs) AS pairs_depending, pairs
ORDER BY pairs_depending DESC, key;

// == Candidates: mandate without action (directives, before the report's rules) ==
// A directive or plan (A must / plans to lead, support, coordinate with, implement, fund B) with no
// reported relationship between A and B and no project or event both take part in. The directive
// is the drawn relationship; its ev_sentences hold the wording.
// The gap queries here are candidate views Browser can draw: `mcfgraph gaps` refines them (dates:
// only action dated on or after the directive answers it; coverage for structural findings;
// findings held back where a sentence names both parties doing joint work; orphans only for
// concrete local items; channels through people and events of any length).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'IMPLEMENTS', 'FUNDS']
  AND any(m IN r.ev_modalities WHERE m IN ['directive', 'plan']) AND a <> b
  AND NOT EXISTS { MATCH (a)-[x]-(b) WHERE 'reported' IN x.ev_modalities }
  AND NOT EXISTS {
    MATCH (a)-[x]-(p:Entity)-[y]-(b)
    WHERE p.type IN ['Project', 'Event']
      AND any(m IN x.ev_modalities WHERE m IN ['reported', 'stated'])
      AND any(m IN y.ev_modalities WHERE m IN ['reported', 'stated'])
  }
RETURN a, r, b, a.key AS head, a.name AS head_name, a.gloss AS head_gloss, type(r) AS relation,
       b.key AS tail, b.name AS tail_name, b.gloss AS tail_gloss,
       [i IN range(0, size(r.ev_modalities) - 1) WHERE r.ev_modalities[i] IN ['directive', 'plan']
        | r.ev_documents[i] + ': ' + r.ev_sentences[i]] AS directives
ORDER BY size(directives) DESC, head, relation, tail;

// == Gaps: findings (as `mcfgraph gaps` reports them) ==
// :param kind => 'stalled'
// The findings themselves, written by `mcfgraph gaps --neo4j` (each run replaces the last run's; the
// extracted facts are never changed), drawn: each (:Finding), captioned with its kind and status
// ("Stalled item (open)"), with the bodies it CONCERNS and the documents it CITES (click a CITES
// arrow: its sentences with their offsets and, for traditional script, simplified renderings).
// $kind: one kind (stalled, mandate_without_action, single_broker, disconnected_sides, orphan,
// peer_gap), or '' for all. The Table view has the report's words first and the drawn nodes last;
// one row a finding, in the report's order: reported (by rank), held back, not enough coverage to
// tell, dismissed. `written` says which run they come from, or that the documents changed since
// (run `mcfgraph gaps --neo4j` again); with no run yet, `status` says so.
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding) WHERE $kind = '' OR f.kind = $kind
OPTIONAL MATCH (f)-[c]->(n:Entity) WHERE type(c) = 'CONCERNS'
WITH run, now, f, collect(c) AS concerns, collect(n) AS entities
OPTIONAL MATCH (f)-[q]->(d:Document) WHERE type(q) = 'CITES'
WITH f, concerns, entities, collect(q) AS cites, collect(DISTINCT d) AS documents,
     CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
          WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
          ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
RETURN f.list AS list, f.rank AS rank, f.kind AS kind, coalesce(f.status, written) AS status, f.status_text AS status_words,
       f.title AS title, f.english AS english, f.problem_words AS problem_words, f.reason AS reason,
       f.holder_basis AS holder_basis, f.id AS id, written,
       f AS finding, concerns, entities, cites, documents
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.kind, f.key;

// == Gaps: stalled (the report's stated problems: status, holder, evidence) ==
// What `mcfgraph gaps` says of each stalled finding, as written by `mcfgraph gaps --neo4j`, as a
// table (one short row a finding; "Gaps: findings" draws them): status (open; solved: held back as
// reported solved or done in the same document; held back with its reason; not enough coverage;
// dismissed) and the report's words for it, the holder with its English, the problem's words in
// English, the holder basis (why the body holds a problem whose sentence does not name it) with the
// sentences that name it, and every quote: document, offsets, modality, the sentence as written and,
// for traditional script, its simplified rendering ("u44-01 53-89 (problem): “…”"). (The problem
// sentences extraction gave each entity, before the report's rules: "Extraction: problem sentences
// per entity".)
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'stalled'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.holder AS holder,
       f.holder_gloss AS holder_english, f.jurisdiction AS jurisdiction, f.problem_words AS problem_words,
       f.holder_basis AS holder_basis,
       [i IN range(0, size(coalesce(f.holder_sentences, [])) - 1) |
         f.holder_documents[i] + ' ' + toString(f.holder_starts[i]) + '-' + toString(f.holder_ends[i]) + ': “'
         + f.holder_sentences[i] + '”' + CASE WHEN f.holder_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.holder_simplified[i] + '”)' END] AS holder_named_in,
       [i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-' + toString(f.ev_ends[i]) + ' ('
         + f.ev_modalities[i] + '): “' + f.ev_sentences[i] + '”' + CASE WHEN f.ev_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.ev_simplified[i] + '”)' END] AS evidence,
       f.reason AS reason, f.title AS title, f.english AS english, f.list AS list, f.rank AS rank, f.id AS id,
       written
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: mandate without action (the report's findings: the directive, status, evidence) ==
// What `mcfgraph gaps` says of each directive with no reported action since, as written by
// `mcfgraph gaps --neo4j`: drawn as the finding, the directive relationship itself (head → tail:
// click it for its sentences) and the documents quoted; the Table view: status (open, held back with
// the reason, not enough coverage, dismissed) and the report's words, the wording ("is told to"),
// the directive's date, what was searched, each quote one line (document, offsets, modality, the
// sentence and, for traditional script, its simplified rendering). "Candidates: mandate without
// action" is the Cypher view before the report's rules (dates, coverage, joint work named).
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'mandate_without_action'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH f, written, properties(f) AS k
WITH f, written, k,
     COLLECT { UNWIND range(0, size(coalesce(k.rel_heads, [])) - 1) AS i
               MATCH p = (:Entity {key: k.rel_heads[i]})-[r]->(:Entity {key: k.rel_tails[i]})
               WHERE type(r) = k.rel_types[i] RETURN p } AS directives,
     COLLECT { MATCH p = (f)-[q]->(:Document) WHERE type(q) = 'CITES' RETURN p } AS cites
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.title AS title,
       k.wording AS wording, k.directive_date AS directive_date, f.english AS english, f.reason AS reason,
       f.searched AS searched,
       [i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-' + toString(f.ev_ends[i]) + ' ('
         + f.ev_modalities[i] + '): “' + f.ev_sentences[i] + '”' + CASE WHEN f.ev_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.ev_simplified[i] + '”)' END] AS evidence,
       f.list AS list, f.rank AS rank, f.id AS id, written, f AS finding, directives, cites
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: single broker (the report's findings: the broker and the bodies tied through it) ==
// What `mcfgraph gaps` says of each body that is the only link between the military and civilian
// actors of its component, as written by `mcfgraph gaps --neo4j`: drawn as the finding, the broker
// (CONCERNS {role: 'broker'}) and its ties to the bodies on either side that the report's evidence
// quotes (click a tie for its sentences); the Table view: status and the report's words, the pairs
// it separates, the parts it joins ("0 military, 2 civilian"), the reason held back, each quote one
// line. "Candidates: single-broker dependence" is the two-hop Cypher view before the report's rules.
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'single_broker'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH f, written, properties(f) AS k
WITH f, written, k,
     COLLECT { MATCH p = (f)-[c]->(:Entity) WHERE type(c) = 'CONCERNS' RETURN p } AS concerns,
     COLLECT { MATCH (f)-[c]->(b:Entity), p = (b)-[r]-(o:Entity)
               WHERE type(c) = 'CONCERNS' AND c.role = 'broker' AND o <> b AND type(r) IN ['LEADS', 'SUPPORTS',
                     'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS', 'PARTICIPATES_IN',
                     'HOLDS_POSITION']
                 AND any(x IN r.ev_documents WHERE x IN f.ev_documents)
               RETURN DISTINCT p } AS ties
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.title AS title,
       f.english AS english, toString(k.pairs_separated) + ' of ' + toString(k.pairs_total) AS pairs_separated,
       k.parts AS parts_it_joins, f.reason AS reason, f.searched AS searched,
       [i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-' + toString(f.ev_ends[i]) + ' ('
         + f.ev_modalities[i] + '): “' + f.ev_sentences[i] + '”' + CASE WHEN f.ev_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.ev_simplified[i] + '”)' END] AS evidence,
       f.list AS list, f.rank AS rank, f.id AS id, written, f AS finding, concerns, ties
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: disconnected sides (the report's findings: the two sides and what separates them) ==
// What `mcfgraph gaps` says of each jurisdiction whose military and civilian actors have no channel
// between them, as written by `mcfgraph gaps --neo4j`: drawn as the finding, the actors of each side
// (CONCERNS {role: 'military'} / {role: 'civilian'}) and the ties of the closest pair, which do not
// count as a channel (a plan, a directive); the Table view: status and the report's words, the
// actors of each side, the closest pair and each of its ties with why it does not count and its
// sentence ("省军区 SUPPORTS XX (plan) — s000 1199-1228: “…”"), what was searched, the reason held
// back, each quote one line. "Candidates: disconnected sides" is the 3-hop Cypher view before the
// report's rules (channels of any length through people, events and projects; coverage).
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'disconnected_sides'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH f, written, properties(f) AS k
WITH f, written, k,
     COLLECT { MATCH p = (f)-[c]->(:Entity) WHERE type(c) = 'CONCERNS' RETURN p } AS sides,
     COLLECT { UNWIND range(0, size(coalesce(k.hop_froms, [])) - 1) AS i
               MATCH p = (:Entity {key: k.hop_froms[i]})-[r]-(:Entity {key: k.hop_tos[i]})
               WHERE type(r) = k.hop_types[i] RETURN DISTINCT p } AS closest_ties
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.jurisdiction AS jurisdiction,
       f.title AS title, k.military_alone AS military, k.civilian_alone AS civilian, k.closest AS closest_pair,
       k.hop_lines AS what_separates_them, f.reason AS reason, f.searched AS searched,
       [i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-' + toString(f.ev_ends[i]) + ' ('
         + f.ev_modalities[i] + '): “' + f.ev_sentences[i] + '”' + CASE WHEN f.ev_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.ev_simplified[i] + '”)' END] AS evidence,
       f.list AS list, f.rank AS rank, f.id AS id, written, f AS finding, sides, closest_ties
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: orphans (the report's findings: funds, parks, projects and policies left alone) ==
// What `mcfgraph gaps` says of each fund funding nothing, park without enterprises, project or
// policy no one leads, as written by `mcfgraph gaps --neo4j`: drawn as the finding, the entity
// (CONCERNS {role: 'orphan'}) and the documents that name it; the Table view: status and the report's
// words, why (park with no enterprise …), what was searched, the reason held back, each quote one
// line. "Candidates: orphans" is the Cypher view before the report's rules (concrete local items
// only; held back where a sentence names it doing its work).
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'orphan'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH f, written, properties(f) AS k
WITH f, written, k,
     COLLECT { MATCH p = (f)-[c]->(:Entity) WHERE type(c) = 'CONCERNS' RETURN p } AS concerns,
     COLLECT { MATCH (f)-[c]->(e:Entity), p = (e)-[:MENTIONED_IN]->(:Document) WHERE type(c) = 'CONCERNS'
               RETURN p }
       AS named_in
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.jurisdiction AS jurisdiction,
       f.title AS title, f.english AS english, k.orphan_reason AS why, f.reason AS reason, f.searched AS searched,
       [i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-' + toString(f.ev_ends[i]) + ' ('
         + f.ev_modalities[i] + '): “' + f.ev_sentences[i] + '”' + CASE WHEN f.ev_simplified[i] = '' THEN ''
           ELSE ' (in simplified script: “' + f.ev_simplified[i] + '”)' END] AS evidence,
       f.list AS list, f.rank AS rank, f.id AS id, written, f AS finding, concerns, named_in
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: peer gaps (the report's findings: an institution its peers have) ==
// What `mcfgraph gaps` says of each jurisdiction without a kind of institution (an MCF office, a
// commission …) that most peers of its level have, as written by `mcfgraph gaps --neo4j`: status and
// the report's words, the kind missing, the peers that have one, coverage; drawn: the finding and
// the peers' institutions (CONCERNS {role: 'peer institution'}). "Candidates: peer comparison" is
// the count table.
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
OPTIONAL MATCH (f:Finding {kind: 'peer_gap'})
WITH f, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH f, written, properties(f) AS k
WITH f, written, k, COLLECT { MATCH p = (f)-[c]->(:Entity) WHERE type(c) = 'CONCERNS' RETURN p } AS concerns
RETURN coalesce(f.status, written) AS status, f.status_text AS status_words, f.jurisdiction AS jurisdiction,
       k.missing_kind AS missing, k.present_in AS peers_with_one, f.title AS title, f.reason AS reason,
       f.searched AS searched, f.list AS list, f.rank AS rank, f.id AS id, written, f AS finding, concerns
ORDER BY CASE f.list WHEN 'reported' THEN 0 WHEN 'held back' THEN 1 WHEN 'not enough coverage' THEN 2 ELSE 3 END,
         f.rank, f.key;

// == Gaps: one finding in full (every line short enough to read in the Table view) ==
// :param id => 'c5460eb9e7'
// One finding (its id, as `mcfgraph gaps` prints it and every "Gaps: …" query shows it) a line a row:
// Browser's Table view does not wrap a cell, so a long quote ran off to the right; here every text
// is cut into rows of at most 48 characters, broken at a space, and a run of Chinese without spaces
// into rows of 24 to 30 characters (about as wide on screen), nothing added to or taken from the
// text; each quote's label on its first row ("evidence 1: u44-01 53-89 (problem)", "in simplified
// script", "held back by …", "holder named in …"). The Text view shows the same as plain lines.
MATCH (f:Finding {id: $id})
WITH f, properties(f) AS k
WITH f, k,
     [['finding', f.title], ['status', f.status + ': ' + coalesce(f.status_text, '')],
      ['in English', f.english], ['problem words', f.problem_words], ['reason', f.reason],
      ['holder basis', f.holder_basis], ['searched', f.searched],
      ['what separates them', reduce(s = '', x IN coalesce(k.hop_lines, []) | s + x + ' ')]]
     + reduce(acc = [], i IN range(0, size(coalesce(f.ev_sentences, [])) - 1) |
         acc + [['evidence ' + toString(i + 1) + ': ' + f.ev_documents[i] + ' ' + toString(f.ev_starts[i]) + '-'
                 + toString(f.ev_ends[i]) + ' (' + f.ev_modalities[i] + ')', f.ev_sentences[i]],
                ['  in simplified script', f.ev_simplified[i]]])
     + reduce(acc = [], i IN range(0, size(coalesce(f.held_sentences, [])) - 1) |
         acc + [['held back by: ' + f.held_documents[i] + ' ' + toString(f.held_starts[i]) + '-'
                 + toString(f.held_ends[i]), f.held_sentences[i]],
                ['  in simplified script', f.held_simplified[i]]])
     + reduce(acc = [], i IN range(0, size(coalesce(f.holder_sentences, [])) - 1) |
         acc + [['holder named in: ' + f.holder_documents[i] + ' ' + toString(f.holder_starts[i]) + '-'
                 + toString(f.holder_ends[i]), f.holder_sentences[i]],
                ['  in simplified script', f.holder_simplified[i]]]) AS parts
UNWIND range(0, size(parts) - 1) AS p
WITH p, parts[p][0] AS what, coalesce(parts[p][1], '') AS text
WHERE trim(text) <> ''
WITH p, what, reduce(acc = [], w IN split(text, ' ') |
       acc + [i IN range(0, size(w) - 1, 24) | {t: substring(w, i, 24), cont: i > 0}]) AS words
WITH p, what, reduce(ls = [''], w IN words |
       CASE WHEN ls[-1] = '' THEN ls[..-1] + [w.t]
            WHEN w.cont AND size(ls[-1]) + size(w.t) <= 30 THEN ls[..-1] + [ls[-1] + w.t]
            WHEN NOT w.cont AND size(ls[-1]) + 1 + size(w.t) <= 48 THEN ls[..-1] + [ls[-1] + ' ' + w.t]
            ELSE ls + [w.t] END) AS lines
UNWIND range(0, size(lines) - 1) AS l
RETURN CASE l WHEN 0 THEN what ELSE '' END AS what, lines[l] AS text
ORDER BY p, l;

// == Extraction: problem sentences per entity (before the report's rules) ==
// The problem sentences extraction gave each entity (MENTIONED_IN.problems_json), drawn as the
// entity and the document. These are the stalled rule's input, not its findings: the report holds
// some back (history, not the body's problem, holder not confirmed) and gives others a holder the
// sentence does not name; "Gaps: stalled" shows what it reports.
MATCH (n:Entity)-[m:MENTIONED_IN]->(d:Document)
WHERE m.problems_json IS NOT NULL AND m.problems_json <> '[]'
RETURN n, m, d, n.key AS key, n.name AS name, n.gloss AS gloss, d.id AS document, m.problems_json AS problems
ORDER BY key, document;

// == Gaps: relationships stated as problems ==
MATCH (a:Entity)-[r]->(b:Entity)
WHERE 'problem' IN r.ev_modalities
RETURN a, r, b, a.name AS head, type(r) AS relation, b.name AS tail,
       [i IN range(0, size(r.ev_modalities) - 1) WHERE r.ev_modalities[i] = 'problem' | r.ev_sentences[i]]
         AS problems
ORDER BY head, relation, tail;

// == Candidates: disconnected sides (no path within 3 hops to the other side in the same jurisdiction) ==
// Drawn as the actors left alone, with the place they are in.
MATCH (x:Entity)
WHERE x.jurisdiction <> '' AND x.side IN ['military', 'civilian']
  AND x.type IN ['PartyGovBody', 'MilitaryUnit', 'Enterprise', 'ResearchInstitute', 'Association',
                 'IndustrialPark', 'Fund']
WITH x, CASE x.side WHEN 'military' THEN 'civilian' ELSE 'military' END AS other
WHERE EXISTS {
    MATCH (y:Entity {jurisdiction: x.jurisdiction, side: other})
    WHERE y.type IN ['PartyGovBody', 'MilitaryUnit', 'Enterprise', 'ResearchInstitute', 'Association',
                     'IndustrialPark', 'Fund']
  }
  AND NOT EXISTS {
    MATCH p = (x)-[*1..3]-(y:Entity {jurisdiction: x.jurisdiction, side: other})
    WHERE y.type IN ['PartyGovBody', 'MilitaryUnit', 'Enterprise', 'ResearchInstitute', 'Association',
                     'IndustrialPark', 'Fund']
      AND none(n IN nodes(p) WHERE n.type = 'Location')
      AND all(r IN relationships(p) WHERE type(r) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF',
              'IMPLEMENTS', 'ESTABLISHED', 'FUNDS', 'PARTICIPATES_IN', 'HOLDS_POSITION']
              AND any(m IN r.ev_modalities WHERE m IN ['reported', 'stated']))
  }
OPTIONAL MATCH (x)-[l]->(place:Entity {key: x.jurisdiction})
WHERE type(l) = 'LOCATED_IN'
RETURN x.jurisdiction AS jurisdiction, x.side AS side, collect(x.key) AS alone,
       collect(x) AS actors, collect(l) AS located, collect(DISTINCT place) AS places
ORDER BY jurisdiction, side;

// == Candidates: orphans (funds funding nothing, parks without enterprises, unled projects and policies) ==
// The Cypher view before the report's rules; `report` says what the report made of each (ux7), as the
// last `mcfgraph gaps --neo4j` run wrote it: "a candidate: reported / held back / not enough coverage
// to tell (its id)", or "dropped:" and the rule (no jurisdiction, a national name, a designation, a
// policy that is no concrete plan, only ordered or planned, …).
CALL () {
  MATCH (f:Entity {type: 'Fund'}) WHERE NOT EXISTS { MATCH (f)-[r]->() WHERE type(r) = 'FUNDS' }
  RETURN f AS entity, 'fund that funds nothing' AS reason
  UNION
  MATCH (p:Entity {type: 'IndustrialPark'}) WHERE NOT EXISTS { MATCH (p)--(e:Entity) WHERE e.type = 'Enterprise' }
  RETURN p AS entity, 'park with no enterprise' AS reason
  UNION
  MATCH (x:Entity) WHERE x.type IN ['Project', 'Policy']
    AND NOT EXISTS { MATCH ()-[r]->(x) WHERE type(r) IN ['LEADS', 'IMPLEMENTS'] }
  RETURN x AS entity, toLower(x.type) + ' with no leading or implementing actor' AS reason
}
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH entity, reason, coalesce(properties(run)['orphan_keys'], []) AS keys,
     coalesce(properties(run)['orphan_why'], []) AS why, run IS NULL AS never
WITH entity, reason, never, [i IN range(0, size(keys) - 1) WHERE keys[i] = entity.key | why[i]] AS said
RETURN entity, entity.key AS key, entity.name AS name, entity.gloss AS gloss, reason,
       CASE WHEN never THEN 'no report written yet: run `mcfgraph gaps --neo4j`'
            WHEN size(said) > 0 THEN said[0]
            ELSE 'not in the last report\'s account (merged with another node of the same body, or left out by its filters)'
       END AS report
ORDER BY key;

// == Gaps: considered and dropped, and reading coverage (why the report is silent) ==
// What the last `mcfgraph gaps --neo4j` run considered and dropped, kind by kind and by which rule
// (orphan items, zero cells of the peer table), then per document how much of the text extraction did
// not read (problem and order/plan sentences no entity or relationship was taken from, name-like
// strings no entity covers): a document the report is silent on may be one it did not read. A line a
// row, broken as in "Gaps: one finding in full" (Browser's Table view does not wrap a cell).
OPTIONAL MATCH (run:GapRun {id: 'mcfgraph'})
WITH run, COLLECT { MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS now
WITH run, CASE WHEN run IS NULL THEN 'no findings written yet: run `mcfgraph gaps --neo4j`'
             WHEN run.documents <> now THEN 'written ' + run.at + ', before the documents changed: run `mcfgraph gaps --neo4j` again'
             ELSE 'as `' + run.command + '` reported them, ' + run.at END AS written
WITH written, properties(run) AS k
WITH [['written', written]]
     + [x IN coalesce(k['considered_lines'], []) | [CASE WHEN x STARTS WITH ' ' THEN '·' ELSE 'considered' END, trim(x)]]
     + [x IN coalesce(k['reading_lines'], []) | [CASE WHEN x STARTS WITH ' ' THEN '·' ELSE 'reading' END, trim(x)]] AS parts
UNWIND range(0, size(parts) - 1) AS p
WITH p, parts[p][0] AS what, coalesce(parts[p][1], '') AS text
WHERE trim(text) <> ''
WITH p, what, reduce(acc = [], w IN split(text, ' ') |
       acc + [i IN range(0, size(w) - 1, 24) | {t: substring(w, i, 24), cont: i > 0}]) AS words
WITH p, what, reduce(ls = [''], w IN words |
       CASE WHEN ls[-1] = '' THEN ls[..-1] + [w.t]
            WHEN w.cont AND size(ls[-1]) + size(w.t) <= 30 THEN ls[..-1] + [ls[-1] + w.t]
            WHEN NOT w.cont AND size(ls[-1]) + 1 + size(w.t) <= 48 THEN ls[..-1] + [ls[-1] + ' ' + w.t]
            ELSE ls + [w.t] END) AS lines
UNWIND range(0, size(lines) - 1) AS l
RETURN CASE l WHEN 0 THEN what ELSE '' END AS what, lines[l] AS text
ORDER BY p, l;

// == Candidates: peer comparison (institution kinds by jurisdiction) ==
// Same kinds as graph/data/institution_kinds.json (a subset); a 0 where other jurisdictions have
// some is a candidate gap. A table: the answer is counts, not a graph.
MATCH (n:Entity)
WHERE n.jurisdiction <> '' AND EXISTS { (n)-[:MENTIONED_IN]->(:Document) }
WITH n.jurisdiction AS jurisdiction, count(n) AS entities,
     sum(CASE WHEN n.type = 'PartyGovBody' AND any(p IN ['军民融合发展委员会', '军民融合委员会', '军民融合发展领导小组', '军民融合领导小组']
              WHERE n.name CONTAINS p OR any(a IN n.aliases WHERE a CONTAINS p)) THEN 1 ELSE 0 END) AS mcf_commission,
     sum(CASE WHEN n.type = 'PartyGovBody' AND any(p IN ['军民融合办', '军民融合发展办', '军民融合发展委员会办公室']
              WHERE n.name CONTAINS p OR any(a IN n.aliases WHERE a CONTAINS p)) THEN 1 ELSE 0 END) AS mcf_office,
     sum(CASE WHEN n.type = 'MilitaryUnit' AND any(p IN ['军分区', '省军区', '警备区']
              WHERE n.name CONTAINS p OR any(a IN n.aliases WHERE a CONTAINS p)) THEN 1 ELSE 0 END) AS military_district,
     sum(CASE WHEN n.type = 'MilitaryUnit' AND any(p IN ['人武部', '武装部']
              WHERE n.name CONTAINS p OR any(a IN n.aliases WHERE a CONTAINS p)) THEN 1 ELSE 0 END) AS pafd,
     sum(CASE WHEN n.type = 'IndustrialPark' THEN 1 ELSE 0 END) AS mcf_park,
     sum(CASE WHEN n.type = 'Fund' THEN 1 ELSE 0 END) AS mcf_fund,
     sum(CASE WHEN n.type = 'Association' THEN 1 ELSE 0 END) AS industry_alliance
WHERE entities >= 3
RETURN jurisdiction, entities, mcf_commission, mcf_office, military_district, pafd, mcf_park, mcf_fund,
       industry_alliance
ORDER BY jurisdiction;

// == Overview: the military–civilian network (for drawing) ==
MATCH (a:Entity)-[r]-(b:Entity)
WHERE type(r) IN ['LEADS', 'SUPPORTS', 'COORDINATES_WITH', 'PART_OF', 'IMPLEMENTS', 'ESTABLISHED', 'FUNDS',
                  'PARTICIPATES_IN', 'HOLDS_POSITION']
  AND a.side IN ['military', 'civilian', 'joint'] AND b.side IN ['military', 'civilian', 'joint']
RETURN a, r, b
LIMIT 300;
