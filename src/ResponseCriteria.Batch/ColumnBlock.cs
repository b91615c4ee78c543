using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Series;

namespace ResponseCriteria.Batch;

/// <summary>
/// A block of long-table rows with each column decoded in one pass into an array (text, or typed where the source has a
/// type): a Parquet row group or an Arrow record batch. Both readers fill one and hand it to <see cref="Assemble"/>, the
/// one loop that parses rows and groups them into patients. Its arrays are reused from block to block (a file's blocks do
/// not each allocate arrays of some 65,536 cells, large objects that only a full garbage collection reclaims): a filler
/// writes cells <c>0</c> to <see cref="Count"/> − 1 of every array it keeps, and sets the others to null.
/// </summary>
internal class ColumnBlock
{
    internal int Count { get; set; }

    internal string?[] Subject { get; set; } = [];

    internal string?[]? DateText { get; set; }

    internal LocalDate?[]? Dates { get; set; }

    internal string?[] Lesion { get; set; } = [];

    internal string?[] Role { get; set; } = [];

    internal string?[]? Organ { get; set; }

    internal string?[]? Node { get; set; }

    internal string?[]? SizeText { get; set; }

    internal decimal?[]? Sizes { get; set; }

    internal string?[]? Status { get; set; }

    internal string?[]? Equivocal { get; set; }

    internal string?[]? Unscheduled { get; set; }

    /// <summary><paramref name="array"/> when it has at least <paramref name="n"/> cells, else a new array of <paramref name="n"/>.</summary>
    internal static T[] AtLeast<T>(T[]? array, int n) => array is not null && array.Length >= n ? array : new T[n];

    /// <summary>The patients in <paramref name="blocks"/>, in order (a patient's rows may span blocks but must be together); rows numbered from 1.</summary>
    internal static IEnumerable<PatientSeries> Assemble(IEnumerable<ColumnBlock> blocks, BatchIssues issues, string source)
    {
        var assembler = new SeriesAssembler(source, issues);
        long number = 0;
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Count; i++)
            {
                number++;
                issues.RowsRead++;
                var parsed = Columns.Parse(number, block.Subject[i], block.DateText?[i], block.Dates?[i], block.Lesion[i], block.Role[i], block.Organ?[i], block.Node?[i], block.SizeText?[i], block.Sizes?[i], block.Status?[i], block.Equivocal?[i], block.Unscheduled?[i], assembler);
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
}
