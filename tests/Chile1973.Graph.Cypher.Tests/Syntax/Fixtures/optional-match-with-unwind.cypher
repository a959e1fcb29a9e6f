OPTIONAL MATCH p = (a)<-[:R]-(b)-->(c)
WITH a, collect(DISTINCT b) AS bs, length(p) AS len WHERE len > 1
UNWIND bs AS b
RETURN *
