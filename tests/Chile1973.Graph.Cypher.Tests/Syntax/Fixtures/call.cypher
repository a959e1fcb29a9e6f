CALL db.index.fulltext.queryNodes('node_names', $q) YIELD node, score AS s WHERE s > 0.5
RETURN node.name, s
