// Nodes with every kind of id an IN test meets: strings, a number, a list, two sharing a string, and none at all.
CREATE (:K {id: 'a', name: 'string a'}),
       (:K {id: 'b', name: 'string b'}),
       (:K {id: 'b', name: 'second string b'}),
       (:K {id: 3, name: 'number 3'}),
       (:K {id: ['a'], name: 'list of a'}),
       (:K {name: 'no id'}),
       (:K {id: '', name: 'empty string'})
