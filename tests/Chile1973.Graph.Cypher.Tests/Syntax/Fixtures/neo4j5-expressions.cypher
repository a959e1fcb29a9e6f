MATCH (n)
WHERE n.name IS :: STRING NOT NULL AND n.aliases IS NOT :: LIST<INTEGER | FLOAT> AND n.name IS NFC NORMALIZED
RETURN n.name || ' (' || trim(LEADING 'x' FROM n.code) || ')' AS label,
       [a IN n.aliases WHERE a :: STRING | lower(a)] || [valueType(n.born)] AS names,
       normalize(n.name, NFKD) AS plain
