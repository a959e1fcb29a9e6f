// Names sharing a common word, as in a large graph where one word matches thousands of names: the full-text
// query pages them by score, then by name. 'Union' itself scores 1.0, names starting with it 0.8, names with it
// as a later word 0.7, names containing it inside a word 0.5; a name scores by its best occurrence, and an alias
// can score a node higher than its name.
CREATE (:Org {id: 'u1', name: 'Union'}),
       (:Org {id: 'u2', name: 'Union of Miners'}),
       (:Org {id: 'u3', name: 'Union Bank'}),
       (:Org {id: 'u4', name: 'Workers Union'}),
       (:Org {id: 'u5', name: 'Farmers Union'}),
       (:Org {id: 'u6', name: 'Reunion Society'}),
       (:Org {id: 'u7', name: 'Student Federation', aliases: ['Union of Students']}),
       (:Org {id: 'u8', name: 'Anti-Union League'}),
       (:Org {id: 'u9', name: 'Reunion Union Hall'}),
       (:Org {id: 'x1', name: 'Navy'})
