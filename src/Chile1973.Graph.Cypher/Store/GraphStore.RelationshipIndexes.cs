namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// The relationship property index on <c>category</c>: the lenses read every relationship of a few categories, and
/// without it that read visits every relationship of the graph. It follows every write and its undo, like the
/// node <c>id</c> and <c>name</c> indexes.
/// </summary>
public sealed partial class GraphStore
{
    /// <summary>The relationship property that names a relationship's category (its family of types).</summary>
    public const string CategoryProperty = "category";

    private readonly RelationshipValueIndex _categoryIndex = new();

    /// <summary>True when equality on this relationship property can be answered by an index.</summary>
    public static bool IsRelationshipIndexed(string key) => key == CategoryProperty;

    /// <summary>The live relationships whose indexed property (<c>category</c>) equals a string, ascending.</summary>
    public ReadOnlySpan<int> RelationshipsByIndexedProperty(string key, string value) =>
        key == CategoryProperty ? _categoryIndex.Find(value) : throw new ArgumentException("The key is not indexed.", nameof(key));

    /// <summary>How many live relationships have <c>category</c> equal to <paramref name="category"/>.</summary>
    public int RelationshipCategoryCount(string category) => _categoryIndex.Count(category);

    private bool IsIndexedRelationshipKey(int key) => PropertyKeys.Name(key) == CategoryProperty;

    private void IndexRelationship(int rel) => UpdateRelationshipIndexes(rel, add: true);

    private void UnindexRelationship(int rel) => UpdateRelationshipIndexes(rel, add: false);

    private void UpdateRelationshipIndexes(int rel, bool add)
    {
        var key = PropertyKeys.Find(CategoryProperty);
        if (key < 0 || RelationshipProperty(rel, key) is not string category)
        {
            return;
        }

        if (add)
        {
            _categoryIndex.Add(category, rel);
        }
        else
        {
            _categoryIndex.Remove(category, rel);
        }
    }

    // After bulk appends: one pass in id order, so every value's list is built by appends alone.
    private void BuildRelationshipIndexes()
    {
        _categoryIndex.Clear();
        var key = PropertyKeys.Find(CategoryProperty);
        if (key < 0)
        {
            return;
        }

        for (var rel = 0; rel < _relCount; rel++)
        {
            if (!_relDeleted[rel] && RelationshipProperty(rel, key) is string category)
            {
                _categoryIndex.Add(category, rel);
            }
        }
    }
}
