CREATE (:Root {name: 'r'})-[:CHILD]->(:Leaf {name: 'l'})
