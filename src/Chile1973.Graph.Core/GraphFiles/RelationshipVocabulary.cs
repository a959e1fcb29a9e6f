namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// The relationship categories and the one category of each relationship type, declared once in
/// <c>graph/vocabulary/</c> (format in <c>graph/README.md</c>) and stamped on every relationship as
/// its <c>category</c> property, so a question such as "who influenced whom" filters on one value.
/// </summary>
public sealed class RelationshipVocabulary
{
    /// <summary>The folder of vocabulary files inside the graph directory.</summary>
    public const string Folder = "vocabulary";

    /// <summary>The file declaring the categories: <c>category,meaning</c>.</summary>
    public const string CategoriesFile = "categories.csv";

    /// <summary>The file giving each relationship type its category: <c>type,category</c>.</summary>
    public const string TypesFile = "relationship-types.csv";

    private static readonly string[] CategoryHeader = ["category", "meaning"];
    private static readonly string[] TypeHeader = ["type", "category"];

    private RelationshipVocabulary(IReadOnlyDictionary<string, string> categories, IReadOnlyDictionary<string, string> categoryOfType, string typesFile)
    {
        Categories = categories;
        CategoryOfType = categoryOfType;
        TypesFileName = typesFile;
    }

    /// <summary>Each category and what it means.</summary>
    public IReadOnlyDictionary<string, string> Categories { get; }

    /// <summary>Each declared relationship type and its category.</summary>
    public IReadOnlyDictionary<string, string> CategoryOfType { get; }

    /// <summary>The types file as problems name it (<c>graph/vocabulary/relationship-types.csv</c>).</summary>
    public string TypesFileName { get; }

    /// <summary>
    /// Reads the vocabulary of <paramref name="graphPath"/>, reporting each problem with its file, line
    /// and field. Null when a file is missing, so rows are not each blamed for the missing file.
    /// </summary>
    /// <param name="root">The folder problems' paths are relative to.</param>
    internal static RelationshipVocabulary? Read(string graphPath, string root, ICollection<GraphProblem> problems)
    {
        var categoriesPath = Path.Combine(graphPath, Folder, CategoriesFile);
        var typesPath = Path.Combine(graphPath, Folder, TypesFile);
        var categoriesFile = Relative(root, categoriesPath);
        var typesFile = Relative(root, typesPath);
        var missing = false;
        foreach (var (path, file, what) in new[] { (categoriesPath, categoriesFile, "the relationship categories"), (typesPath, typesFile, "the category of every relationship type") })
        {
            if (!File.Exists(path))
            {
                problems.Add(new GraphProblem(file, 0, "file", $"file not found: it declares {what}"));
                missing = true;
            }
        }

        if (missing)
        {
            return null;
        }

        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(categoriesPath, categoriesFile, CategoryHeader, problems))
        {
            var (name, meaning) = (fields[0], fields[1]);
            if (!GraphIds.IsNodeId(name))
            {
                problems.Add(new GraphProblem(categoriesFile, line, "category", $"'{name}' is not a category name: use lower snake case like causal"));
            }
            else if (meaning.Length == 0)
            {
                problems.Add(new GraphProblem(categoriesFile, line, "meaning", "missing required value"));
            }
            else if (!categories.TryAdd(name, meaning))
            {
                problems.Add(new GraphProblem(categoriesFile, line, "category", $"category '{name}' is declared twice"));
            }
        }

        var categoryOfType = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(typesPath, typesFile, TypeHeader, problems))
        {
            var (type, category) = (fields[0], fields[1]);
            if (!GraphIds.IsRelationshipType(type))
            {
                problems.Add(new GraphProblem(typesFile, line, "type", $"'{type}' is not a relationship type: use UPPER_SNAKE like MEMBER_OF"));
            }
            else if (!declaredAt.TryAdd(type, line))
            {
                problems.Add(new GraphProblem(typesFile, line, "type", $"type '{type}' already has a category at line {declaredAt[type]}: one category per type"));
            }
            else
            {
                if (!categories.ContainsKey(category))
                {
                    var known = string.Join(", ", categories.Keys);
                    problems.Add(new GraphProblem(typesFile, line, "category", $"unknown category '{category}': use one of {known}, or declare it in {categoriesFile}"));
                }

                // Kept even when wrong: the problem is reported here once, not again on every row of the type.
                categoryOfType[type] = category;
            }
        }

        return new RelationshipVocabulary(categories, categoryOfType, typesFile);
    }

    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Rows(string path, string file, string[] header, ICollection<GraphProblem> problems)
    {
        var records = CsvReader.Read(File.ReadAllText(path), file, problems);
        if (records.Count == 0 || records[0].Line != 1 || !records[0].Fields.SequenceEqual(header, StringComparer.Ordinal))
        {
            problems.Add(new GraphProblem(file, 1, "header", $"the first line must be the header {string.Join(',', header)}"));
            yield break;
        }

        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Length)
            {
                problems.Add(new GraphProblem(file, record.Line, "record", $"expected {header.Length} fields as in the header, found {record.Fields.Count}"));
                continue;
            }

            yield return (record.Line, record.Fields);
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
