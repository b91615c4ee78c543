using System;
using System.Collections.Generic;

namespace ResponseCriteria.Sdtm;

/// <summary>
/// One SDTM domain as read from a file: its column names and its rows as text, in file order. Values are trimmed; an empty
/// string is a missing value. Immutable.
/// </summary>
public sealed class SdtmTable
{
    private readonly Dictionary<string, int> columnIndex;
    private readonly string[][] rows;
    private readonly RecentColumn?[] recent = new RecentColumn?[32];

    internal SdtmTable(string source, IReadOnlyList<string> columns, string[][] rows)
    {
        Source = source;
        Columns = columns;
        this.rows = rows;
        columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            columnIndex.TryAdd(columns[i], i);
        }
    }

    /// <summary>The file the table was read from.</summary>
    public string Source { get; }

    /// <summary>The column (variable) names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The number of data rows.</summary>
    public int RowCount => rows.Length;

    /// <summary>Whether the table has a variable (case-insensitive).</summary>
    /// <param name="column">The variable name.</param>
    public bool Has(string column) => columnIndex.ContainsKey(column);

    /// <summary>The value of a variable in a data row (0-based), or an empty string when the variable is absent.</summary>
    /// <param name="row">The 0-based data row.</param>
    /// <param name="column">The variable name (case-insensitive).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    public string Get(int row, string column)
    {
        if ((uint)row >= (uint)rows.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "No such row.");
        }

        var index = IndexOf(column);
        return index >= 0 && index < rows[row].Length ? rows[row][index] : string.Empty;
    }

    /// <summary>
    /// The index of a variable, or -1. Readers ask for the same few names (string literals) on every row, so the last names asked
    /// for are remembered by reference, which spares a case-insensitive hash per cell; an entry is one immutable object, so
    /// tables read from several threads stay correct.
    /// </summary>
    private int IndexOf(string column)
    {
        var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(column) & int.MaxValue) % recent.Length;
        if (recent[slot] is { } entry && ReferenceEquals(entry.Name, column))
        {
            return entry.Index;
        }

        var index = columnIndex.TryGetValue(column, out var found) ? found : -1;
        recent[slot] = new RecentColumn(column, index);
        return index;
    }

    private sealed record RecentColumn(string Name, int Index);

    /// <summary>Checks that the table has every variable a mapping needs.</summary>
    /// <param name="columns">The variable names.</param>
    /// <exception cref="SdtmFormatException">A variable is missing: the message names the file and the variable.</exception>
    public void Require(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            if (!Has(column))
            {
                throw new SdtmFormatException(Source, $"expected the variable {column}");
            }
        }
    }
}
