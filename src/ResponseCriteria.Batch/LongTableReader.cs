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
            reader = Sep.Reader(o => o with { Unescape = true, Sep = new Sep(',') }).From(stream);
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
                var cells = Cells(rows.Current, columns);
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

    /// <summary>The row's long-table cells in <see cref="LongTable.Columns"/> order (null where the column is absent).</summary>
    private static string?[] Cells(SepReader.Row row, Columns columns)
    {
        int[] at = [columns.Subject, columns.Date, columns.Lesion, columns.Role, columns.Organ, columns.Node, columns.Size, columns.Status, columns.Equivocal, columns.Unscheduled];
        var cells = new string?[at.Length];
        for (var i = 0; i < at.Length; i++)
        {
            cells[i] = at[i] >= 0 && at[i] < row.ColCount ? row[at[i]].ToString() : null;
        }

        return cells;
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

    private static IEnumerable<PatientSeries> Parquet(string path, BatchIssues issues)
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
            var assembler = new SeriesAssembler(path, issues);
            long number = 0;
            next = reader.RowGroupCount > 0 ? Decode(reader, 0, fields, columns) : null;
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
                next = g + 1 < reader.RowGroupCount ? Decode(reader, g + 1, fields, columns) : null;

                for (var i = 0; i < group.Count; i++)
                {
                    number++;
                    issues.RowsRead++;
                    var parsed = Columns.Parse(number, group.Subject[i], group.DateText?[i], group.Dates?[i], group.Lesion[i], group.Role[i], group.Organ?[i], group.Node?[i], group.SizeText?[i], group.Sizes?[i], group.Status?[i], group.Equivocal?[i], group.Unscheduled?[i], assembler);
                    if (parsed is { } row && assembler.Add(row) is { } series)
                    {
                        yield return series;
                    }
                }
            }

            if (assembler.Finish() is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            // A decode still running (the reader stopped early) finishes before the file closes; its outcome is not needed.
            ((IAsyncResult?)next)?.AsyncWaitHandle.WaitOne();
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Decodes row group <paramref name="index"/> on the thread pool.</summary>
    private static Task<ParquetColumns> Decode(ParquetReader reader, int index, DataField[] fields, Columns columns)
        => Task.Run(() => ParquetColumns.Read(reader, index, fields, columns));

    /// <summary>One row group of a Parquet file, each column in the form it was stored (text, or typed).</summary>
    private sealed class ParquetColumns
    {
        internal int Count { get; private init; }

        internal string?[] Subject { get; private init; } = [];

        internal string?[]? DateText { get; private init; }

        internal LocalDate?[]? Dates { get; private init; }

        internal string?[] Lesion { get; private init; } = [];

        internal string?[] Role { get; private init; } = [];

        internal string?[]? Organ { get; private init; }

        internal string?[]? Node { get; private init; }

        internal string?[]? SizeText { get; private init; }

        internal decimal?[]? Sizes { get; private init; }

        internal string?[]? Status { get; private init; }

        internal string?[]? Equivocal { get; private init; }

        internal string?[]? Unscheduled { get; private init; }

        internal static async Task<ParquetColumns> Read(ParquetReader reader, int index, DataField[] fields, Columns columns)
        {
            using var group = reader.OpenRowGroupReader(index);
            var n = checked((int)group.RowCount);
            var dateField = fields[columns.Date];
            var sizeField = columns.Size >= 0 ? fields[columns.Size] : null;
            return new ParquetColumns
            {
                Count = n,
                Subject = (await Text(group, fields[columns.Subject], n).ConfigureAwait(false))!,
                DateText = IsText(dateField) ? await Text(group, dateField, n).ConfigureAwait(false) : null,
                Dates = IsText(dateField) ? null : await DatesOf(group, dateField, n).ConfigureAwait(false),
                Lesion = (await Text(group, fields[columns.Lesion], n).ConfigureAwait(false))!,
                Role = (await Text(group, fields[columns.Role], n).ConfigureAwait(false))!,
                Organ = await Text(group, columns.Organ >= 0 ? fields[columns.Organ] : null, n).ConfigureAwait(false),
                Node = await Text(group, columns.Node >= 0 ? fields[columns.Node] : null, n).ConfigureAwait(false),
                SizeText = sizeField is not null && IsText(sizeField) ? await Text(group, sizeField, n).ConfigureAwait(false) : null,
                Sizes = sizeField is not null && !IsText(sizeField) ? await Numbers(group, sizeField, n).ConfigureAwait(false) : null,
                Status = await Text(group, columns.Status >= 0 ? fields[columns.Status] : null, n).ConfigureAwait(false),
                Equivocal = await Text(group, columns.Equivocal >= 0 ? fields[columns.Equivocal] : null, n).ConfigureAwait(false),
                Unscheduled = await Text(group, columns.Unscheduled >= 0 ? fields[columns.Unscheduled] : null, n).ConfigureAwait(false),
            };
        }

        private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

        /// <summary>A column as text: strings as stored, flags as true/false; null when the column is absent.</summary>
        private static async Task<string?[]?> Text(ParquetRowGroupReader group, DataField? field, int n)
        {
            if (field is null)
            {
                return null;
            }

            if (IsText(field))
            {
                var values = new string?[n];
                await group.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
                return values;
            }

            if (field.ClrType == typeof(bool))
            {
                var flags = new bool?[n];
                await group.ReadAsync<bool>(field, flags.AsMemory()).ConfigureAwait(false);
                return Array.ConvertAll(flags, f => f.HasValue ? (f.Value ? "true" : "false") : null);
            }

            throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; text or a flag was expected");
        }

        private static async Task<LocalDate?[]> DatesOf(ParquetRowGroupReader group, DataField field, int n)
        {
            if (field.ClrType == typeof(DateTime))
            {
                var values = new DateTime?[n];
                await group.ReadAsync<DateTime>(field, values.AsMemory()).ConfigureAwait(false);
                return Array.ConvertAll(values, v => v.HasValue ? LocalDate.FromDateTime(v.Value) : (LocalDate?)null);
            }

            if (field.ClrType == typeof(DateOnly))
            {
                var values = new DateOnly?[n];
                await group.ReadAsync<DateOnly>(field, values.AsMemory()).ConfigureAwait(false);
                return Array.ConvertAll(values, v => v.HasValue ? LocalDate.FromDateOnly(v.Value) : (LocalDate?)null);
            }

            throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; a date, a timestamp or ISO text was expected");
        }

        /// <summary>A size column as exact decimals (a double is read by its shortest round-trip text, so 12.3 stays 12.3).</summary>
        private static async Task<decimal?[]> Numbers(ParquetRowGroupReader group, DataField field, int n)
        {
            if (field.ClrType == typeof(decimal))
            {
                var values = new decimal?[n];
                await group.ReadAsync<decimal>(field, values.AsMemory()).ConfigureAwait(false);
                return values;
            }

            if (field.ClrType == typeof(double))
            {
                var values = new double?[n];
                await group.ReadAsync<double>(field, values.AsMemory()).ConfigureAwait(false);
                return Array.ConvertAll(values, v => v.HasValue ? Words.Exact(v.Value) : null);
            }

            if (field.ClrType == typeof(float))
            {
                var values = new float?[n];
                await group.ReadAsync<float>(field, values.AsMemory()).ConfigureAwait(false);
                return Array.ConvertAll(values, v => v.HasValue ? Words.Exact(double.Parse(v.Value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) : null);
            }

            return field.ClrType switch
            {
                var t when t == typeof(int) => await Integers<int>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(long) => await Integers<long>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(short) => await Integers<short>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(sbyte) => await Integers<sbyte>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(byte) => await Integers<byte>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(ushort) => await Integers<ushort>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(uint) => await Integers<uint>(group, field, n, v => v).ConfigureAwait(false),
                var t when t == typeof(ulong) => await Integers<ulong>(group, field, n, v => v).ConfigureAwait(false),
                _ => throw new InvalidDataException($"column {field.Name} is {field.ClrType.Name}; a number or text was expected"),
            };
        }

        /// <summary>An integer size column of any width, signed or not, as decimals.</summary>
        private static async Task<decimal?[]> Integers<T>(ParquetRowGroupReader group, DataField field, int n, Func<T, decimal> convert)
            where T : struct
        {
            var values = new T?[n];
            await group.ReadAsync<T>(field, values.AsMemory()).ConfigureAwait(false);
            return Array.ConvertAll(values, v => v.HasValue ? convert(v.Value) : (decimal?)null);
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
