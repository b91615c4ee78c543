using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>
/// The SDTM readers under bad input: random mutations of the pharmaverse CSVs and of a Dataset-JSON (missing and shuffled
/// columns, quoted commas, empty and header-only files, partial and impossible dates, duplicated keys, non-numeric results,
/// invalid UTF-8, truncation, flipped bytes), a bounded number with a fixed seed. Nothing but <see cref="SdtmFormatException"/>
/// or a recorded issue may come out; rows are all accounted for; every rejected row names its file, row and variable.
/// </summary>
public sealed class SdtmFuzzTest
{
    private const int Inputs = 600;

    private static readonly string[] BadDates = ["2014-02", "2014", "2014-13-45", "2014-02-30", "not a date", "20140102", "2014-1-2", "-0001-01-01", "9999-99-99T99:99", "2014-02-28T25:00", " "];

    private static readonly string[] BadNumbers = ["abc", "-5", "1e309", "NaN", "∞", "12,5", "0x10", "79228162514264337593543950336", "", "\"\""];

    private static readonly string[] Seeds = ["tu_onco_recist.csv", "tr_onco_recist.csv", "rs_onco_recist.csv"];

    [Fact]
    public void ReadAndEvaluate_MutatedCsv_OnlyFormatErrorsOrIssues()
    {
        var random = new Random(20261128);
        var originals = Seeds.Select(name => File.ReadAllBytes(Pharmaverse.File(name))).ToArray();
        var outcomes = new int[2];
        for (var n = 0; n < Inputs; n++)
        {
            var files = originals.Select(b => (byte[])b.Clone()).ToArray();
            var which = random.Next(files.Length);
            var mutations = new List<string>();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                files[which] = Mutate(files[which], random, mutations);
            }

            outcomes[Run(files, $"#{n} {Seeds[which]}: {string.Join(", ", mutations)}") ? 0 : 1]++;
        }

        // Both kinds of outcome happen: the fuzzer reaches the mapping, not only the parser.
        Assert.True(outcomes[0] > Inputs / 10, $"{outcomes[0]} inputs read to the end");
        Assert.True(outcomes[1] > Inputs / 20, $"{outcomes[1]} inputs rejected as files");
    }

    [Fact]
    public void ReadDatasetJson_MutatedJson_OnlyFormatErrors()
    {
        var random = new Random(7);
        var json = DatasetJsonTest.DatasetJsonBytes(Pharmaverse.Read("rs_onco_recist.csv"), "rs");
        var read = 0;
        for (var n = 0; n < 300; n++)
        {
            var bytes = (byte[])json.Clone();
            var mutations = new List<string>();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                bytes = MutateBytes(bytes, random, mutations);
            }

            try
            {
                var rs = SdtmTableReader.ReadDatasetJson(new MemoryStream(bytes), "rs.json");
                var recorded = RecordedResponses.Read(rs, Criteria.Recist11);
                AssertAccounted(recorded.Counts, recorded.Issues, string.Join(", ", mutations));
                read++;
            }
            catch (SdtmFormatException e)
            {
                Assert.StartsWith("rs.json: ", e.Message, StringComparison.Ordinal);
            }
        }

        Assert.True(read > 0);
    }

    [Fact]
    public void ReadAndEvaluate_UnmutatedFiles_ReadToTheEnd()
        => Assert.True(Run(Seeds.Select(name => File.ReadAllBytes(Pharmaverse.File(name))).ToArray(), "unmutated"), "the unmutated files must read");

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("USUBJID")]
    [InlineData("\"DOMAIN\",\"USUBJID\"\n")]
    public void ReadCsv_EmptyOrHeaderOnly_FormatErrorOrNoRows(string text)
    {
        try
        {
            var table = SdtmTableReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), "tr.csv");
            Assert.Equal(0, table.RowCount);
            var e = Assert.Throws<SdtmFormatException>(() => SdtmStudyReader.Read(table, table));
            Assert.Contains("tr.csv", e.Message, StringComparison.Ordinal);
        }
        catch (SdtmFormatException e)
        {
            Assert.StartsWith("tr.csv: ", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Reads and evaluates one set of files; true when it got to the end, false when a file was rejected as a whole.</summary>
    private static bool Run(byte[][] files, string what)
    {
        try
        {
            var tu = SdtmTableReader.ReadCsv(new MemoryStream(files[0]), "tu.csv");
            var tr = SdtmTableReader.ReadCsv(new MemoryStream(files[1]), "tr.csv");
            var rs = SdtmTableReader.ReadCsv(new MemoryStream(files[2]), "rs.csv");
            var study = SdtmStudyReader.Read(tu, tr);
            var recorded = RecordedResponses.Read(rs, Criteria.Recist11);
            foreach (var counts in study.Counts)
            {
                AssertAccounted(counts, study.Issues, what);
            }

            AssertAccounted(recorded.Counts, recorded.Issues, what);
            foreach (var criteria in new[] { Criteria.Recist11, Criteria.IRecist })
            {
                var evaluation = StudyEvaluation.Evaluate(study, recorded, criteria);
                Assert.Equal(study.Subjects.Count, evaluation.Subjects.Count);
            }

            var issues = new List<SdtmIssue>();
            var references = study.Subjects.GroupBy(s => s.Usubjid).ToDictionary(g => g.Key, g => g.Min(s => s.Baseline.Date));
            var best = RecordedBestResponse.Derive(recorded, references, null, issues);
            Assert.Equal(recorded.Subjects.Count, best.Count);
            return true;
        }
        catch (SdtmFormatException e)
        {
            Assert.True(e.Message.StartsWith("tu.csv: ", StringComparison.Ordinal) || e.Message.StartsWith("tr.csv: ", StringComparison.Ordinal) || e.Message.StartsWith("rs.csv: ", StringComparison.Ordinal), $"{what}: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return false;
        }
    }

    private static void AssertAccounted(SdtmRowCounts counts, IReadOnlyList<SdtmIssue> issues, string what)
    {
        Assert.True(counts.Read == counts.Used + counts.NotNeeded + counts.Rejected, $"{what}: {counts}");
        var rejected = issues.Where(i => i.Severity == Diagnostics.DiagnosticSeverity.Error && i.Source == counts.Source).ToList();
        Assert.True(rejected.Count >= counts.Rejected, $"{what}: {counts.Rejected} rejected rows but {rejected.Count} error issues");
        foreach (var issue in rejected)
        {
            Assert.True(issue.Row > 0 && issue.Variable.Length > 0 && issue.Message.Length > 0, $"{what}: {issue}");
        }
    }

    private static byte[] Mutate(byte[] file, Random random, List<string> mutations)
    {
        var text = Encoding.UTF8.GetString(file);
        var lines = text.Split('\n').Where(l => l.Length > 0).Select(l => l.Split(',').ToList()).ToList();
        if (lines.Count < 2)
        {
            return MutateBytes(file, random, mutations);
        }

        var header = lines[0];
        int Row() => random.Next(1, lines.Count);
        int Col(params string[] names)
        {
            var named = names.Select(n => header.IndexOf($"\"{n}\"")).Where(i => i >= 0).ToList();
            return named.Count > 0 ? named[random.Next(named.Count)] : random.Next(header.Count);
        }

        void Set(int row, int col, string value)
        {
            if (col < lines[row].Count)
            {
                lines[row][col] = value;
            }
        }

        switch (random.Next(12))
        {
            case 0:
                var drop = random.Next(header.Count);
                mutations.Add($"drop column {header[drop]}");
                lines.ForEach(l => { if (drop < l.Count) l.RemoveAt(drop); });
                break;
            case 1:
                var order = Enumerable.Range(0, header.Count).OrderBy(_ => random.Next()).ToArray();
                mutations.Add("shuffle columns");
                lines = lines.Select(l => order.Where(i => i < l.Count).Select(i => l[i]).ToList()).ToList();
                break;
            case 2:
                mutations.Add("quoted comma");
                Set(Row(), random.Next(header.Count), "\"a, b\"");
                break;
            case 3:
                mutations.Add("empty file");
                return [];
            case 4:
                mutations.Add("header only");
                return Encoding.UTF8.GetBytes(string.Join(",", header) + "\n");
            case 5:
                var date = BadDates[random.Next(BadDates.Length)];
                mutations.Add($"date {date}");
                for (var k = random.Next(1, 5); k > 0; k--)
                {
                    Set(Row(), Col("TRDTC", "RSDTC", "TUDTC"), $"\"{date}\"");
                }

                break;
            case 6:
                mutations.Add("duplicated row");
                var copy = lines[Row()].ToList();
                var changed = Col("TRSTRESN", "TRSTRESC", "RSSTRESC", "TUSTRESC");
                if (random.Next(2) == 0 && changed < copy.Count)
                {
                    copy[changed] = "\"7\"";
                }

                lines.Insert(Row(), copy);
                break;
            case 7:
                var junk = BadNumbers[random.Next(BadNumbers.Length)];
                mutations.Add($"number {junk}");
                for (var k = random.Next(1, 5); k > 0; k--)
                {
                    Set(Row(), Col("TRSTRESN", "TRORRES", "TRSTRESC", "VISITNUM", "RSSTRESC", "TUSTRESC", "TULNKID", "TRLNKID"), junk);
                }

                break;
            case 8:
                mutations.Add("blank cells");
                for (var k = random.Next(1, 10); k > 0; k--)
                {
                    Set(Row(), random.Next(header.Count), string.Empty);
                }

                break;
            case 9:
                mutations.Add("swap rows");
                var (a, b) = (Row(), Row());
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 10:
                mutations.Add("ragged row");
                var ragged = lines[Row()];
                if (random.Next(2) == 0)
                {
                    ragged.RemoveAt(ragged.Count - 1);
                }
                else
                {
                    ragged.Add("\"extra\"");
                }

                break;
            default:
                return MutateBytes(file, random, mutations);
        }

        return Encoding.UTF8.GetBytes(string.Join("\n", lines.Select(l => string.Join(",", l))) + "\n");
    }

    private static byte[] MutateBytes(byte[] bytes, Random random, List<string> mutations)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        switch (random.Next(3))
        {
            case 0:
                mutations.Add("invalid UTF-8");
                var list = bytes.ToList();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    list.InsertRange(random.Next(list.Count), new byte[] { 0xFF, 0xC3, 0x28, 0xFE }.Take(random.Next(1, 5)));
                }

                return [.. list];
            case 1:
                mutations.Add("truncated");
                return bytes[..random.Next(bytes.Length)];
            default:
                mutations.Add("flipped bytes");
                var flipped = (byte[])bytes.Clone();
                for (var k = random.Next(1, 6); k > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
        }
    }
}
