using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using NodaTime;
using Parquet;
using Parquet.Schema;
using ResponseCriteria.Series;

namespace ResponseCriteria.Batch;

/// <summary>
/// Reads the long lesion table (<see cref="LongTable"/>) as a stream of patients: CSV (gzip when the name ends in <c>.gz</c>),
/// Parquet, Apache Arrow record batches, or rows built in code. Rows that cannot be used are reported in the
/// <see cref="BatchIssues"/> with source, row, subject and column, and the read goes on; nothing is dropped silently.
/// </summary>
public static class LongTableReader
{
    /// <summary>Reads a CSV, Parquet or Arrow file by its extension (<c>.parquet</c>; <c>.arrow</c>, <c>.feather</c> or <c>.ipc</c>; anything else is CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <returns>The patients, one series each, read lazily in file order.</returns>
    /// <exception cref="BatchFormatException">(When enumerated.) The file cannot be read or lacks a required column.</exception>
    public static IEnumerable<PatientSeries> Read(string path, BatchIssues issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        return TableFormats.FromPath(path) switch
        {
            TableFormat.Parquet => ReadParquet(path, issues),
            TableFormat.Arrow => ReadArrow(path, issues),
            _ => ReadCsv(path, issues),
        };
    }

    /// <summary>Reads an Apache Arrow IPC file (Feather version 2) one record batch at a time, as <see cref="ArrowLongTableReader"/> reads batches.</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <returns>The patients, one series each, read lazily in file order.</returns>
    /// <exception cref="BatchFormatException">(When enumerated.) The file cannot be read or lacks a required column.</exception>
    public static IEnumerable<PatientSeries> ReadArrow(string path, BatchIssues issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        return ArrowLongTableReader.Read(ArrowBatches(path), issues, path);
    }

    /// <summary>Reads a CSV file with a header row (comma-separated, UTF-8; gzip when the name ends in <c>.gz</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <returns>The patients, one series each, read lazily in file order.</returns>
    /// <exception cref="BatchFormatException">(When enumerated.) The file cannot be read or lacks a required column.</exception>
    public static IEnumerable<PatientSeries> ReadCsv(string path, BatchIssues issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        return Csv(path, issues);
    }

    /// <summary>Reads a Parquet file one row group at a time.</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <returns>The patients, one series each, read lazily in file order.</returns>
    /// <exception cref="BatchFormatException">(When enumerated.) The file cannot be read or lacks a required column.</exception>
    public static IEnumerable<PatientSeries> ReadParquet(string path, BatchIssues issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        return Parquet(path, issues);
    }

    /// <summary>Reads rows built in code (already parsed), in order.</summary>
    /// <param name="rows">The rows; a patient's rows together.</param>
    /// <param name="issues">Receives the rows that cannot be used.</param>
    /// <param name="source">The name issues give the rows.</param>
    /// <returns>The patients, one series each, lazily.</returns>
    public static IEnumerable<PatientSeries> Read(IEnumerable<LongTableRow> rows, BatchIssues issues, string source = "rows")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(source);
        return Assemble(rows, issues, source);
    }

    private static IEnumerable<PatientSeries> Assemble(IEnumerable<LongTableRow> rows, BatchIssues issues, string source)
    {
        var assembler = new SeriesAssembler(source, issues);
        foreach (var row in rows)
        {
            issues.RowsRead++;
            if (assembler.Add(row) is { } series)
            {
                yield return series;
            }
        }

        if (assembler.Finish() is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<PatientSeries> Csv(string path, BatchIssues issues)
    {
        using var stream = Open(path);
        SepReader reader;
        try
        {
            // A pool of strings per column: a patient's rows repeat its subject, and the words and lesion ids repeat across
            // patients, so most cells reuse a string instead of allocating one (bounded: Sep's default capacity per column).
            reader = Sep.Reader(o => o with { Unescape = true, Sep = new Sep(','), CreateToString = SepToString.PoolPerCol() }).From(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            throw new BatchFormatException(path, "cannot read the CSV file: " + e.Message, e);
        }

        using (reader)
        {
            var names = reader.Header.ColNames.Select(n => n.Trim()).ToList();
            var columns = Columns.Find(path, names);
            var assembler = new SeriesAssembler(path, issues);
            int[] at = [columns.Subject, columns.Date, columns.Lesion, columns.Role, columns.Organ, columns.Node, columns.Size, columns.Status, columns.Equivocal, columns.Unscheduled];
            var cells = new string?[at.Length];
            long number = 0;
            using var rows = reader.GetEnumerator();
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
                {
                    throw new BatchFormatException(path, $"cannot read the CSV file after row {number}: {e.Message}", e);
                }

                number++;
                issues.RowsRead++;
                Cells(rows.Current, at, cells);
                var parsed = Columns.Parse(number, cells[0], cells[1], null, cells[2], cells[3], cells[4], cells[5], cells[6], null, cells[7], cells[8], cells[9], assembler);
                if (parsed is { } row && assembler.Add(row) is { } series)
                {
                    yield return series;
                }
            }

            if (assembler.Finish() is { } last)
            {
                yield return last;
            }
        }
    }

    /// <summary>Puts the row's long-table cells, the columns at <paramref name="at"/> (in <see cref="LongTable.Columns"/> order), into <paramref name="cells"/> (null where the column is absent).</summary>
    private static void Cells(SepReader.Row row, int[] at, string?[] cells)
    {
        for (var i = 0; i < at.Length; i++)
        {
            cells[i] = at[i] >= 0 && at[i] < row.ColCount ? row[at[i]].ToString() : null;
        }
    }

    private static Stream Open(string path)
    {
        try
        {
            Stream file = File.OpenRead(path);
            return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BatchFormatException(path, "cannot open the file: " + e.Message, e);
        }
    }

    /// <summary>The record batches of an Arrow IPC file, read one at a time (an unreadable file is a <see cref="BatchFormatException"/>).</summary>
    private static IEnumerable<Apache.Arrow.RecordBatch> ArrowBatches(string path)
    {
        using var stream = Open(path);
        Apache.Arrow.Ipc.ArrowFileReader reader;
        try
        {
            reader = new Apache.Arrow.Ipc.ArrowFileReader(stream, leaveOpen: true);
            _ = reader.Schema;
        }
        catch (Exception e) when (IsArrowReadFailure(e))
        {
            throw new BatchFormatException(path, "cannot read the Arrow IPC file: " + e.Message, e);
        }

        using (reader)
        {
            while (true)
            {
                Apache.Arrow.RecordBatch? batch;
                try
                {
                    batch = reader.ReadNextRecordBatch();
                }
                catch (Exception e) when (IsArrowReadFailure(e))
                {
                    throw new BatchFormatException(path, "cannot read a record batch of the Arrow IPC file: " + e.Message, e);
                }

                if (batch is null)
                {
                    yield break;
                }

                using (batch)
                {
                    yield return batch;
                }
            }
        }
    }

    /// <summary>What Apache.Arrow throws for a file that is not (or no longer) Arrow IPC: reported as the file's failure, not a crash.</summary>
    private static bool IsArrowReadFailure(Exception e)
        => e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or NotSupportedException or OverflowException or IndexOutOfRangeException;

    private static IEnumerable<PatientSeries> Parquet(string path, BatchIssues issues) => ColumnBlock.Assemble(RowGroups(path), issues, path);

    /// <summary>The file's row groups, decoded in turn.</summary>
    private static IEnumerable<ColumnBlock> RowGroups(string path)
    {
        using var stream = Open(path);
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new BatchFormatException(path, "cannot read the Parquet file: " + e.Message, e);
        }

        Task<ParquetColumns>? next = null;
        try
        {
            var fields = reader.Schema.DataFields;
            var columns = Columns.Find(path, fields.Select(f => f.Name).ToList());
            next = reader.RowGroupCount > 0 ? Decode(reader, 0, fields, columns, new ParquetColumns()) : null;
            ParquetColumns? done = null;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                ParquetColumns group;
                try
                {
                    group = next!.GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or NotSupportedException)
                {
                    next = null;
                    throw new BatchFormatException(path, $"cannot read row group {g} of the Parquet file: {e.Message}", e);
                }

                // The next row group is decoded on another thread while this one's rows are parsed and its patients evaluated:
                // one decode at a time, so the reader is never used by two threads.
                // It is decoded into the arrays of the row group before this one, which has been read.
                next = g + 1 < reader.RowGroupCount ? Decode(reader, g + 1, fields, columns, done ?? new ParquetColumns()) : null;
                yield return group;
                done = group;
            }
        }
        finally
        {
            // A decode still running (the reader stopped early) finishes before the file closes; its outcome is not needed.
            ((IAsyncResult?)next)?.AsyncWaitHandle.WaitOne();
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Decodes row group <paramref name="index"/> into <paramref name="into"/> on the thread pool.</summary>
    private static Task<ParquetColumns> Decode(ParquetReader reader, int index, DataField[] fields, Columns columns, ParquetColumns into)
        => Task.Run(() => into.Read(reader, index, fields, columns));

    /// <summary>
    /// One row group of a Parquet file, each column in the form it was stored (text, or typed). The reader decodes a row group
    /// into the arrays of the one read two groups before (<see cref="ColumnBlock"/>).
    /// </summary>
    private sealed class ParquetColumns : ColumnBlock
    {
        /// <summary>The values of a column as stored, before they are converted into the block's arrays: one scratch array per stored type (reused).</summary>
        private readonly Dictionary<Type, System.Array> stored = [];

        /// <summary>Each text column's recent strings, kept from row group to row group.</summary>
        private readonly RecentStrings<char> subjects = new(), dateTexts = new(), lesions = new(), roles = new(), organs = new(), nodes = new(),
            sizeTexts = new(), statuses = new(), equivocals = new(), unscheduleds = new();

        internal async Task<ParquetColumns> Read(ParquetReader reader, int index, DataField[] fields, Columns columns)
        {
            using var group = reader.OpenRowGroupReader(index);
            var n = checked((int)group.RowCount);
            var dateField = fields[columns.Date];
            var sizeField = columns.Size >= 0 ? fields[columns.Size] : null;
            Count = n;
            Subject = (await Text(group, fields[columns.Subject], n, Subject, subjects).ConfigureAwait(false))!;
            DateText = IsText(dateField) ? await Text(group, dateField, n, DateText, dateTexts).ConfigureAwait(false) : null;
            Dates = IsText(dateField) ? null : await DatesOf(group, dateField, n).ConfigureAwait(false);
            Lesion = (await Text(group, fields[columns.Lesion], n, Lesion, lesions).ConfigureAwait(false))!;
            Role = (await Text(group, fields[columns.Role], n, Role, roles).ConfigureAwait(false))!;
            Organ = await Text(group, columns.Organ >= 0 ? fields[columns.Organ] : null, n, Organ, organs).ConfigureAwait(false);
            Node = await Text(group, columns.Node >= 0 ? fields[columns.Node] : null, n, Node, nodes).ConfigureAwait(false);
            SizeText = sizeField is not null && IsText(sizeField) ? await Text(group, sizeField, n, SizeText, sizeTexts).ConfigureAwait(false) : null;
            Sizes = sizeField is not null && !IsText(sizeField) ? await Numbers(group, sizeField, n).ConfigureAwait(false) : null;
            Status = await Text(group, columns.Status >= 0 ? fields[columns.Status] : null, n, Status, statuses).ConfigureAwait(false);
            Equivocal = await Text(group, columns.Equivocal >= 0 ? fields[columns.Equivocal] : null, n, Equivocal, equivocals).ConfigureAwait(false);
            Unscheduled = await Text(group, columns.Unscheduled >= 0 ? fields[columns.Unscheduled] : null, n, Unscheduled, unscheduleds).ConfigureAwait(false);
            return this;
        }

        /// <summary><paramref name="n"/> stored values converted into <paramref name="into"/> (reused when long enough).</summary>
        private static TOut?[] Converted<TIn, TOut>(TIn?[] values, int n, TOut?[]? into, Func<TIn, TOut?> convert)
            where TIn : struct
            where TOut : struct
        {
            var output = AtLeast(into, n);
            for (var i = 0; i < n; i++)
            {
                output[i] = values[i] is { } v ? convert(v) : null;
            }

            return output;
        }

        /// <summary>The first <paramref name="n"/> values of a column as stored, in this row group's scratch array for their type.</summary>
        private async Task<T?[]> Stored<T>(ParquetRowGroupReader group, DataField field, int n)
            where T : struct
        {
            var values = AtLeast(stored.TryGetValue(typeof(T), out var kept) ? (T?[])kept : null, n);
            stored[typeof(T)] = values;
            await group.ReadAsync<T>(field, values.AsMemory(0, n)).ConfigureAwait(false);
            return values;
        }

        private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

        /// <summary>
        /// A column as text (into <paramref name="into"/> when long enough): strings as stored, flags as true/false; null when the
        /// column is absent. Text is read as spans of one character buffer and made into strings through the column's
        /// <paramref name="strings"/> (a string a distinct recent value, not a string a cell).
        /// </summary>
        private async Task<string?[]?> Text(ParquetRowGroupReader group, DataField? field, int n, string?[]? into, RecentStrings<char> strings)
        {
            if (field is null)
            {
                return null;
            }

            var words = AtLeast(into, n);
            if (field.ClrType == typeof(string))
            {
                // A schema that asks for strings (Parquet.Net's own file schema gives text as character spans, below).
                await group.ReadAsync(field, words.AsMemory(0, n)).ConfigureAwait(false);
                return words;
            }

            if (IsText(field))
            {
                var cells = await Stored<ReadOnlyMemory<char>>(group, field, n).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    words[i] = cells[i] is { } cell ? strings.Get(cell.Span) : null;
                }

                return words;
            }

            if (field.ClrType == typeof(bool))
            {
                var flags = await Stored<bool>(group, field, n).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    words[i] = flags[i] is { } f ? (f ? "true" : "false") : null;
                }

                return words;
            }

            throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; text or a flag was expected");
        }

        private async Task<LocalDate?[]> DatesOf(ParquetRowGroupReader group, DataField field, int n)
        {
            if (field.ClrType == typeof(DateTime))
            {
                return Converted(await Stored<DateTime>(group, field, n).ConfigureAwait(false), n, Dates, v => (LocalDate?)LocalDate.FromDateTime(v));
            }

            if (field.ClrType == typeof(DateOnly))
            {
                return Converted(await Stored<DateOnly>(group, field, n).ConfigureAwait(false), n, Dates, v => (LocalDate?)LocalDate.FromDateOnly(v));
            }

            throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; a date, a timestamp or ISO text was expected");
        }

        /// <summary>A size column as exact decimals (a double is read by its shortest round-trip text, so 12.3 stays 12.3).</summary>
        private async Task<decimal?[]> Numbers(ParquetRowGroupReader group, DataField field, int n)
        {
            if (field.ClrType == typeof(decimal))
            {
                var values = AtLeast(Sizes, n);
                await group.ReadAsync<decimal>(field, values.AsMemory(0, n)).ConfigureAwait(false);
                return values;
            }

            return field.ClrType switch
            {
                var t when t == typeof(double) => Converted(await Stored<double>(group, field, n).ConfigureAwait(false), n, Sizes, Words.Exact),
                var t when t == typeof(float) => Converted(await Stored<float>(group, field, n).ConfigureAwait(false), n, Sizes, v => Words.Exact(double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))),
                var t when t == typeof(int) => Converted(await Stored<int>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(long) => Converted(await Stored<long>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(short) => Converted(await Stored<short>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(sbyte) => Converted(await Stored<sbyte>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(byte) => Converted(await Stored<byte>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(ushort) => Converted(await Stored<ushort>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(uint) => Converted(await Stored<uint>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                var t when t == typeof(ulong) => Converted(await Stored<ulong>(group, field, n).ConfigureAwait(false), n, Sizes, v => (decimal?)v),
                _ => throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; a number or text was expected"),
            };
        }
    }
}

/// <summary>Where the long table's columns are in a source, and how one row's values become a <see cref="LongTableRow"/>.</summary>
internal readonly record struct Columns(int Subject, int Date, int Lesion, int Role, int Organ, int Node, int Size, int Status, int Equivocal, int Unscheduled)
{
    private static readonly string[] Required = ["subject", "date", "lesion", "role"];

    internal static Columns Find(string source, IReadOnlyList<string> names)
    {
        int At(string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        var missing = Required.Where(r => At(r) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new BatchFormatException(source, $"expected the long-table columns {string.Join(", ", LongTable.Columns)}; missing {string.Join(", ", missing)} (found {string.Join(", ", names)})");
        }

        return new Columns(At("subject"), At("date"), At("lesion"), At("role"), At("organ"), At("node"), At("size_mm"), At("status"), At("equivocal"), At("unscheduled"));
    }

    /// <summary>Parses one row's values (text, or a typed date or size where the source has one); null after rejecting it.</summary>
    internal static LongTableRow? Parse(long number, string? subject, string? dateText, LocalDate? date, string? lesion, string? role, string? organ, string? node, string? sizeText, decimal? size, string? status, string? equivocal, string? unscheduled, SeriesAssembler assembler)
    {
        subject = subject?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            assembler.Reject(number, string.Empty, "subject", "the subject is empty");
            return null;
        }

        date ??= Words.Date(dateText);
        if (date is null)
        {
            assembler.Reject(number, subject, "date", $"an ISO date (yyyy-MM-dd) was expected, found '{dateText}'");
            return null;
        }

        var kind = Words.Role(role);
        if (kind is null)
        {
            assembler.Reject(number, subject, "role", $"target, nonTarget, new or none was expected, found '{role}'");
            return null;
        }

        lesion = lesion?.Trim() ?? string.Empty;
        if (lesion.Length == 0 && kind != LongTableRole.None)
        {
            assembler.Reject(number, subject, "lesion", "the lesion id is empty");
            return null;
        }

        if (size is null && !string.IsNullOrWhiteSpace(sizeText))
        {
            if (!decimal.TryParse(sizeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                assembler.Reject(number, subject, "size_mm", $"a size in mm was expected, found '{sizeText}'");
                return null;
            }

            size = parsed;
        }

        if (Words.Status(status) is null)
        {
            assembler.Reject(number, subject, "status", $"present, absent, progression, furtherIncrease, NE or TSTM was expected, found '{status}'");
            return null;
        }

        var isNode = Words.Flag(node, out var nodeOk);
        var isEquivocal = Words.Flag(equivocal, out var equivocalOk);
        var isUnscheduled = Words.Flag(unscheduled, out var unscheduledOk);
        var bad = !nodeOk ? ("node", node) : !equivocalOk ? ("equivocal", equivocal) : !unscheduledOk ? ("unscheduled", unscheduled) : (null, null);
        if (bad.Item1 is not null)
        {
            assembler.Reject(number, subject, bad.Item1, $"true or false was expected, found '{bad.Item2}'");
            return null;
        }

        return new LongTableRow(number, subject, date.Value, lesion, kind.Value, string.IsNullOrWhiteSpace(organ) ? null : organ.Trim(), isNode ?? false, size, string.IsNullOrWhiteSpace(status) ? null : status.Trim(), isEquivocal ?? false, isUnscheduled);
    }
}

/// <summary>A long-table file that cannot be read at all (not a row problem: those are <see cref="BatchIssue"/>s).</summary>
public sealed class BatchFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="inner">The cause, or null.</param>
    public BatchFormatException(string source, string message, Exception? inner = null)
        : base($"{source}: {message}", inner) => Source = source;

    /// <summary>The file.</summary>
    public new string Source { get; }
}
