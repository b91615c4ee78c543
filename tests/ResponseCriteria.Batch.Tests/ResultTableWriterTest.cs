using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Apache.Arrow;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Cohorts;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class ResultTableWriterTest
{
    private static int folder;

    /// <summary>A responder: two targets, 60 mm at baseline, 40 mm (PR, −33.3%) and 38 mm (PR, confirmed 56 days later).</summary>
    private static PatientSeries Responder()
    {
        var start = new NodaTime.LocalDate(2024, 1, 1);
        Lesions.Lesion[] lesions = [new("T1", "liver", Lesions.LesionRole.Target), new("T2", "lung", Lesions.LesionRole.Target)];
        Assessment Scan(int day, decimal t1, decimal t2)
            => new(start.PlusDays(day), [new("T1", Lesions.Measurement.FromMillimetres(t1)), new("T2", Lesions.Measurement.FromMillimetres(t2))]);
        return new PatientSeries(lesions, Scan(0, 30m, 30m), [Scan(56, 20m, 20m), Scan(112, 19m, 19m)], id: "R");
    }

    private static EvaluationResult[] Evaluate(PatientSeries[] generated, bool irecist)
    {
        IResponseEvaluator evaluator = irecist ? new IRecistEvaluator() : new Recist11Evaluator();
        return generated.Select((s, i) => evaluator.Evaluate(new PatientSeries(s.Lesions, s.Baseline, s.FollowUps, id: "S" + i))).ToArray();
    }

    private static (List<RecordBatch> TimePoints, List<RecordBatch> Patients) Batches(IEnumerable<EvaluationResult> results, bool explanations = false)
    {
        var (timePoints, patients) = (new List<RecordBatch>(), new List<RecordBatch>());
        using (var writer = ResultTableWriter.ToRecordBatches(timePoints.Add, patients.Add, explanations))
        {
            foreach (var result in results)
            {
                writer.Write(result);
            }
        }

        return (timePoints, patients);
    }

    /// <summary>Every cell of the batches, in the CSV writer's text (numbers as doubles, compared by value).</summary>
    private static IEnumerable<string[]> Rows(IEnumerable<RecordBatch> batches)
    {
        foreach (var batch in batches)
        {
            for (var r = 0; r < batch.Length; r++)
            {
                yield return Enumerable.Range(0, batch.ColumnCount).Select(c => batch.Column(c) switch
                {
                    StringArray s => s.GetString(r) ?? string.Empty,
                    Date32Array d => d.GetDateOnly(r)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    Int64Array n => n.GetValue(r)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    DoubleArray x => x.GetValue(r)?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
                    var other => throw new InvalidOperationException(other.Data.DataType.Name),
                }).ToArray();
            }
        }
    }

    private static bool SameCell(string csv, string arrow, string type)
        => type == "double" && csv.Length > 0
            ? Math.Abs(double.Parse(arrow, CultureInfo.InvariantCulture) - (double)decimal.Parse(csv, CultureInfo.InvariantCulture)) <= 1e-12 * Math.Max(1, Math.Abs(double.Parse(arrow, CultureInfo.InvariantCulture)))
            : csv == arrow;

    /// <summary>The cells of a CSV line (quoted cells may hold commas; "" is a quote).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static string Compare(string csvPath, List<RecordBatch> batches)
    {
        var lines = File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        if (batches.Count == 0)
        {
            return lines.Length == 1 ? string.Empty : $"{lines.Length - 1} CSV rows, no batch";
        }

        var schema = batches[0].Schema.FieldsList;
        if (!header.SequenceEqual(schema.Select(f => f.Name)))
        {
            return $"columns {string.Join(",", header)} vs {string.Join(",", schema.Select(f => f.Name))}";
        }

        var rows = Rows(batches).ToList();
        if (rows.Count != lines.Length - 1)
        {
            return $"{lines.Length - 1} CSV rows, {rows.Count} batch rows";
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(lines[r + 1]);
            for (var c = 0; c < cells.Count; c++)
            {
                if (!SameCell(cells[c], rows[r][c], schema[c].DataType.Name))
                {
                    return $"row {r + 1} {header[c]}: CSV '{cells[c]}', batch '{rows[r][c]}'";
                }
            }
        }

        return string.Empty;
    }

    [Property(MaxTest = 40)]
    public Property ToRecordBatches_RandomCohort_SameCellsAsTheCsvFiles()
        => Prop.ForAll(SeriesGenerators.Plausible().ArrayOf().ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (generated, irecist) =>
        {
            var results = Evaluate(generated, irecist);
            var directory = Path.Combine(Repository.Scratch, $"results-{System.Threading.Interlocked.Increment(ref folder)}");
            using (var files = new ResultTableWriter(directory, TableFormat.Csv))
            {
                foreach (var result in results)
                {
                    files.Write(result);
                }
            }

            var (timePoints, patients) = Batches(results);
            var difference = Compare(Path.Combine(directory, "timepoints.csv"), timePoints) + Compare(Path.Combine(directory, "patients.csv"), patients);
            return (difference.Length == 0).Label(difference);
        });

    [Fact]
    public void ToRecordBatches_Results_OneRowPerTimePointAndPatientWithTypedColumns()
    {
        var results = Evaluate([Responder()], irecist: true);
        var (timePoints, patients) = Batches(results);
        var tp = Assert.Single(timePoints);
        var patient = Assert.Single(patients);
        Assert.Equal(results[0].TimePoints.Count, tp.Length);
        Assert.Equal(1, patient.Length);
        Assert.IsType<Date32Array>(tp.Column("date"));
        Assert.IsType<DoubleArray>(tp.Column("target_sum_mm"));
        Assert.IsType<Int64Array>(tp.Column("day"));
        Assert.Equal((double)results[0].TimePoints[0].Target.Sum!.Value, ((DoubleArray)tp.Column("target_sum_mm")).GetValue(0));
        Assert.Equal(40d, ((DoubleArray)tp.Column("target_sum_mm")).GetValue(0));
        Assert.Equal("iPR", ((StringArray)patient.Column("confirmed_bor")).GetString(0));
        Assert.Equal(new DateOnly(2024, 2, 26), ((Date32Array)patient.Column("confirmed_bor_date")).GetDateOnly(0));
        Assert.False(((DoubleArray)tp.Column("change_from_baseline_pct")).IsNull(0));
        Assert.True(((StringArray)tp.Column("progression_reasons")).IsNull(0));
        Assert.True(tp.Schema.FieldsList.All(f => f.IsNullable));
    }

    [Fact]
    public void Flush_RowsSinceTheLastFlush_ABatchOfTheirOwn()
    {
        var results = Evaluate([.. Enumerable.Repeat(Responder(), 3)], irecist: false);
        var (timePoints, patients) = (new List<RecordBatch>(), new List<RecordBatch>());
        using (var writer = ResultTableWriter.ToRecordBatches(timePoints.Add, patients.Add))
        {
            writer.Write(results[0]);
            writer.Flush();
            writer.Flush(); // nothing new: no empty batch
            writer.Write(results[1]);
            writer.Write(results[2]);
        }

        Assert.Equal([1, 2], patients.Select(b => b.Length));
        Assert.Equal([results[0].TimePoints.Count, 2 * results[0].TimePoints.Count], timePoints.Select(b => b.Length));
    }

    [Fact]
    public void ToRecordBatches_Explanations_TheExplanationColumns()
    {
        var results = Evaluate([Responder()], irecist: false);
        var (timePoints, patients) = Batches(results, explanations: true);
        Assert.Equal(results[0].TimePoints[0].Explanation, ((StringArray)timePoints[0].Column("explanation")).GetString(0));
        Assert.Equal(results[0].ConfirmedBestOverallResponse.Explanation, ((StringArray)patients[0].Column("confirmed_bor_explanation")).GetString(0));
    }

    [Fact]
    public void ToRecordBatches_NullCallback_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ResultTableWriter.ToRecordBatches(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => ResultTableWriter.ToRecordBatches(_ => { }, null!));
    }
}
