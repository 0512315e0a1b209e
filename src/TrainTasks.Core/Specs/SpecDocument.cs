using System.Text.Json.Nodes;

namespace TrainTasks.Core.Specs;

/// <summary>A parsed spec: its JSON tree and where every JSON path starts in the file.</summary>
internal sealed class SpecDocument
{
    private readonly Dictionary<string, (int Line, int Column)> _values;
    private readonly Dictionary<string, (int Line, int Column)> _keys;

    public SpecDocument(
        JsonNode? root,
        Dictionary<string, (int Line, int Column)> values,
        Dictionary<string, (int Line, int Column)> keys)
    {
        Root = root;
        _values = values;
        _keys = keys;
    }

    /// <summary>The root value.</summary>
    public JsonNode? Root { get; }

    /// <summary>Line and column (from 1) where the value at <paramref name="path"/> starts.</summary>
    public (int Line, int Column) ValuePosition(string path) =>
        _values.TryGetValue(path, out var position) ? position : (0, 0);

    /// <summary>Line and column of the property name of <paramref name="path"/>, else of its value.</summary>
    public (int Line, int Column) KeyPosition(string path) =>
        _keys.TryGetValue(path, out var position) ? position : ValuePosition(path);

    /// <summary>The JSON path of <paramref name="key"/> within the object at <paramref name="parent"/>.</summary>
    public static string Child(string parent, string key)
    {
        var simple = key.Length > 0
            && (char.IsAsciiLetter(key[0]) || key[0] is '_' or '$')
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '-');
        return simple ? $"{parent}.{key}" : $"{parent}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The JSON path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => $"{parent}[{index}]";
}
