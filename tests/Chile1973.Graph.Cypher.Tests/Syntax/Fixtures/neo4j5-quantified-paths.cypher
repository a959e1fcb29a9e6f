MATCH p = SHORTEST 2 GROUPS (:Event {id: $from})
      ((a)-[r:LED_TO WHERE r.weight > 1]->(b:Event) WHERE a.year <= b.year){1,3}
      (c)-[:LED_TO]->+(d),
      ANY (e)--{2,}(f)
WHERE d.id = 'coup_1973'
RETURN [x IN a | x.id], length(p)
