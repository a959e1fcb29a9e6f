MATCH p = shortestPath((a:A)-[:R*..6]-(b:B)), q = allShortestPaths((a)-[*]->(b))
RETURN p, q
