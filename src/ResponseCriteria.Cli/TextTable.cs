using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResponseCriteria.Cli;

/// <summary>Plain-text tables: columns padded to their widest cell, two spaces apart, chosen columns right-aligned.</summary>
internal static class TextTable
{
    internal static void Write(TextWriter w, IReadOnlyList<string> header, IReadOnlyList<string[]> rows, params int[] rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        w.WriteLine(Line(header, widths, rightAligned));
        foreach (var row in rows)
        {
            w.WriteLine(Line(row, widths, rightAligned));
        }
    }

    /// <summary>
    /// Writes the header, then each row followed by its note line (indented), for tables with an explanation under each row.
    /// <paramref name="paint"/>, when given, decorates each data cell after padding (column, cell text, padded text), so
    /// that colour codes never shift the columns.
    /// </summary>
    internal static void WriteWithNotes(TextWriter w, IReadOnlyList<string> header, IReadOnlyList<string[]> rows, IReadOnlyList<string> notes, Func<int, string, string, string>? paint, params int[] rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        w.WriteLine(Line(header, widths, rightAligned));
        for (var i = 0; i < rows.Count; i++)
        {
            w.WriteLine(Line(rows[i], widths, rightAligned, paint));
            w.WriteLine("    " + notes[i]);
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths, int[] rightAligned, Func<int, string, string, string>? paint = null)
    {
        var last = cells.Count - 1;
        return string.Join("  ", cells.Select((cell, i) =>
        {
            // A left-aligned last cell is not padded (no trailing spaces), so that painting it adds nothing after the text.
            var padded = Array.IndexOf(rightAligned, i) >= 0 ? cell.PadLeft(widths[i]) : i == last ? cell : cell.PadRight(widths[i]);
            return paint is null ? padded : paint(i, cell, padded);
        })).TrimEnd();
    }
}
