using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text.Json;
using nietras.SeparatedValues;

namespace ResponseCriteria.Sdtm;

/// <summary>Reads SDTM domains from CSV (with a header row, as written by R's <c>write.csv</c>) or CDISC Dataset-JSON v1.1.</summary>
public static class SdtmTableReader
{
    /// <summary>
    /// Reads a table, choosing the format by extension: <c>.json</c> is Dataset-JSON, anything else CSV; a further <c>.gz</c>
    /// (e.g. <c>tr.csv.gz</c>) is decompressed on the fly.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="SdtmFormatException">The file cannot be read.</exception>
    public static SdtmTable Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var json = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return WithFile(path, stream => json ? ReadDatasetJson(stream, path) : ReadCsv(stream, path));
    }

    /// <summary>Reads a CSV file with a header row (gzip-compressed when the name ends in <c>.gz</c>).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="SdtmFormatException">The file cannot be read or has no header.</exception>
    public static SdtmTable ReadCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WithFile(path, stream => ReadCsv(stream, path));
    }

    /// <summary>Reads CSV with a header row from a stream (UTF-8); quoted values are unescaped and every value is trimmed.</summary>
    /// <param name="stream">The CSV text; read to its end, not closed.</param>
    /// <param name="source">The name errors and results give the table (usually the file path).</param>
    /// <exception cref="SdtmFormatException">The stream cannot be read or has no header.</exception>
    public static SdtmTable ReadCsv(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, Sep = new Sep(',') }).From(stream);
            var columns = new List<string>(reader.Header.ColNames);
            if (columns.Count == 0 || (columns.Count == 1 && columns[0].Length == 0))
            {
                throw new SdtmFormatException(source, "expected a header row with the SDTM variable names");
            }

            var rows = new List<string[]>();
            var pools = new ValuePool[columns.Count];
            for (var i = 0; i < pools.Length; i++)
            {
                pools[i] = new ValuePool();
            }

            foreach (var row in reader)
            {
                var values = new string[columns.Count];
                for (var i = 0; i < values.Length && i < row.ColCount; i++)
                {
                    values[i] = pools[i].Get(row[i].Span.Trim());
                }

                for (var i = row.ColCount; i < values.Length; i++)
                {
                    values[i] = string.Empty;
                }

                rows.Add(values);
            }

            return new SdtmTable(source, columns, rows.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new SdtmFormatException(source, "cannot read the CSV file: " + e.Message, e);
        }
    }

    /// <summary>Reads CDISC Dataset-JSON v1.1 (gzip-compressed when the name ends in <c>.gz</c>).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="SdtmFormatException">The file cannot be read or is not Dataset-JSON.</exception>
    public static SdtmTable ReadDatasetJson(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WithFile(path, stream => ReadDatasetJson(stream, path));
    }

    /// <summary>
    /// Reads CDISC Dataset-JSON v1.1 from a stream: a top-level object with <c>columns</c> (each with a <c>name</c>) and
    /// <c>rows</c> (arrays of values in column order). Numbers are kept as written; null is a missing value.
    /// </summary>
    /// <param name="stream">The JSON text; read to its end, not closed.</param>
    /// <param name="source">The name errors and results give the table (usually the file path).</param>
    /// <exception cref="SdtmFormatException">The stream cannot be read or is not Dataset-JSON.</exception>
    public static SdtmTable ReadDatasetJson(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            using var document = JsonDocument.Parse(stream);
            return FromDatasetJson(document.RootElement, source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or ArgumentException)
        {
            throw new SdtmFormatException(source, "cannot read the Dataset-JSON file: " + e.Message, e);
        }
    }

    /// <summary>Opens a file for <paramref name="read"/>, decompressing it when its name ends in <c>.gz</c>.</summary>
    private static SdtmTable WithFile(string path, Func<Stream, SdtmTable> read)
    {
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SdtmFormatException(path, "cannot open the file: " + e.Message, e);
        }

        using (file)
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                return read(file);
            }

            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return read(gzip);
        }
    }

    private static SdtmTable FromDatasetJson(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("columns", out var columnsElement) || columnsElement.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("rows", out var rowsElement) || rowsElement.ValueKind != JsonValueKind.Array)
        {
            throw new SdtmFormatException(path, "expected Dataset-JSON v1.1: an object with \"columns\" and \"rows\" arrays");
        }

        var columns = new List<string>();
        foreach (var column in columnsElement.EnumerateArray())
        {
            if (column.ValueKind != JsonValueKind.Object || !column.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                throw new SdtmFormatException(path, $"$.columns[{columns.Count}]: expected an object with a \"name\"");
            }

            columns.Add(Text(name, path, $"$.columns[{columns.Count}].name"));
        }

        var rows = new List<string[]>();
        foreach (var row in rowsElement.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != columns.Count)
            {
                throw new SdtmFormatException(path, $"$.rows[{rows.Count}]: expected an array of {columns.Count} values");
            }

            var values = new string[columns.Count];
            var i = 0;
            foreach (var value in row.EnumerateArray())
            {
                values[i++] = value.ValueKind switch
                {
                    JsonValueKind.String => Text(value, path, $"$.rows[{rows.Count}][{i - 1}] ({columns[i - 1]})"),
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => string.Empty,
                };
            }

            rows.Add(values);
        }

        return new SdtmTable(path, columns, rows.ToArray());
    }

    /// <summary>A string value, trimmed; a string that is not valid UTF-8 rejects the file, naming the row and column.</summary>
    private static string Text(JsonElement value, string path, string where)
    {
        try
        {
            return value.GetString()!.Trim();
        }
        catch (InvalidOperationException e)
        {
            throw new SdtmFormatException(path, $"{where}: expected UTF-8 text ({e.Message})", e);
        }
    }

    /// <summary>
    /// One string per distinct value of a column (subject ids, test codes, visits and dates repeat on every row): a table of
    /// 56,000 rows then holds thousands of strings, not millions, and reading it costs a fraction of the garbage collection.
    /// A column with too many distinct values (a sequence number, sizes) stops being pooled: its cells are then not looked up.
    /// </summary>
    private sealed class ValuePool
    {
        private const int Limit = 4096;
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
        private bool full;

        internal string Get(ReadOnlySpan<char> text)
        {
            if (text.Length == 0)
            {
                return string.Empty;
            }

            if (full)
            {
                return text.ToString();
            }

#if NET9_0_OR_GREATER
            if (values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
            {
                return known;
            }

            var value = text.ToString();
#else
            var value = text.ToString();
            if (values.TryGetValue(value, out var known))
            {
                return known;
            }
#endif
            values[value] = value;
            full = values.Count >= Limit;
            return value;
        }
    }

    internal static bool TryDecimal(string text, out decimal value)
        => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
