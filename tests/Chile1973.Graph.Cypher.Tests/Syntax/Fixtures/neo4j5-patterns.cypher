MATCH (a:(Person|Party)&!Military WHERE a.born > $year)-[r:!MEMBER_OF WHERE r.since > 1970]->(b:%)
WHERE b:Coalition|Junta
RETURN a.name, b.name
ORDER BY a.name
OFFSET 1
