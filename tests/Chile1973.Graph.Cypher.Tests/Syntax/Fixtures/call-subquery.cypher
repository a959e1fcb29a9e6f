MATCH (n:Person)
OPTIONAL CALL (n) {
  MATCH (n)-[:LED]->(x) RETURN x.name AS led
  UNION
  MATCH (n)<-[:OVERTHREW]-(x) RETURN x.name AS led
}
CALL { WITH n MATCH (n)--(m) RETURN count(m) AS degree }
RETURN n.name, led, degree, COLLECT { MATCH (n)--(m) RETURN m.name ORDER BY m.name } AS names
