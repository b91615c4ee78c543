using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed class EndpointsCommandTest
{
    private static readonly Lazy<(int Code, string Out, string Dir)> Small = new(() =>
    {
        var dir = Path.Combine(Repository.Scratch, "endpoints-" + Guid.NewGuid().ToString("N"));
        var (code, output, _) = RecistCli.Run(
            "endpoints", "--tu", Repository.Pharmaverse("tu_onco_recist.csv"), "--tr", Repository.Pharmaverse("tr_onco_recist.csv"),
            "--rs", Repository.Pharmaverse("rs_onco_recist.csv"), "--adsl", Adam("adsl.csv"), "--out", dir);
        return (code, output, dir);
    });

    /// <summary>
    /// The issue's command on the pharmaverse files: adtte.csv's PFS and OS rows (CNSR, ADT, AVAL) equal pharmaverseadam's
    /// ADTTE for all 254 subjects.
    /// </summary>
    [Theory]
    [InlineData("PFS")]
    [InlineData("OS")]
    public void Run_PharmaverseStudy_AdtteEqualsPharmaverseadam(string paramcd)
    {
        Assert.Equal(0, Small.Value.Code);
        var expected = Rows(SdtmTableReader.Read(Adam("adtte_onco.csv")), paramcd, "CNSR", "ADT", "AVAL");
        var actual = Rows(SdtmTableReader.Read(Path.Combine(Small.Value.Dir, "adtte.csv")), paramcd, "CNSR", "ADT", "AVAL");

        Assert.Equal(254, expected.Count);
        Assert.Equal(expected, actual);
    }

    /// <summary>adrs.csv's BOR, CBOR and RSP (AVALC, ADT) equal pharmaverseadam's ADRS for all 306 subjects.</summary>
    [Theory]
    [InlineData("BOR")]
    [InlineData("CBOR")]
    [InlineData("RSP")]
    public void Run_PharmaverseStudy_AdrsEqualsPharmaverseadam(string paramcd)
    {
        Assert.Equal(0, Small.Value.Code);
        var expected = Rows(SdtmTableReader.Read(Adam("adrs_onco.csv.gz")), paramcd, "AVALC", "ADT");
        var actual = Rows(SdtmTableReader.Read(Path.Combine(Small.Value.Dir, "adrs.csv")), paramcd, "AVALC", "ADT");

        Assert.Equal(306, expected.Count);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Every estimate of summary.json — rates with Clopper–Pearson limits, Kaplan–Meier quartiles with log-log limits, numbers at
    /// risk, log-rank — equals what R computes from pharmaverseadam's ADSL/ADRS/ADTTE (r-reference/pharmaverse_summary.csv), and
    /// the readers' kappas what R's vcd computes from their BORs (r-reference/kappa.csv, pharmaverse-small), within 1e-9.
    /// </summary>
    [Fact]
    public void Run_PharmaverseStudy_SummaryEqualsR()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Small.Value.Dir, "summary.json")));
        var arms = json.RootElement.GetProperty("arms").EnumerateArray().ToDictionary(a => a.GetProperty("arm").GetString()!);
        var rows = RReference.Read("pharmaverse_summary.csv");
        Assert.Equal(4, arms.Count);
        foreach (var r in rows.Where(r => r["arm"] != "between arms"))
        {
            var arm = arms[r["arm"]];
            if (!r["measure"].Contains(':', StringComparison.Ordinal))
            {
                var rate = arm.GetProperty(r["measure"]);
                Assert.Equal((RReference.Number(r["n"]), RReference.Number(r["count"])), (rate.GetProperty("subjects").GetDouble(), rate.GetProperty("count").GetDouble()));
                Same(r, rate, "estimate", "lower", "upper");
                continue;
            }

            var parts = r["measure"].Split(':');
            var tte = arm.GetProperty("timeToEvent").EnumerateArray().Single(t => t.GetProperty("paramcd").GetString() == parts[0]);
            if (parts[1] == "atRisk")
            {
                var atRisk = tte.GetProperty("atRisk").EnumerateArray().Single(x => x.GetProperty("day").GetDouble() == RReference.Number(parts[2]));
                Assert.Equal(RReference.Number(r["count"]), atRisk.GetProperty("subjects").GetDouble());
                continue;
            }

            Assert.Equal((RReference.Number(r["n"]), RReference.Number(r["count"])), (tte.GetProperty("subjects").GetDouble(), tte.GetProperty("events").GetDouble()));
            Same(r, tte.GetProperty(parts[1]), "days", "lower", "upper");
        }

        Assert.Equal(rows.Count(r => r["measure"].Contains(":atRisk:", StringComparison.Ordinal)), arms.Values.Sum(a => a.GetProperty("timeToEvent").EnumerateArray().Sum(t => t.GetProperty("atRisk").GetArrayLength())));
        var kappas = RReference.Read("kappa.csv");
        var agreement = json.RootElement.GetProperty("agreement").EnumerateArray().ToArray();
        Assert.Equal(3, agreement.Length);
        foreach (var a in agreement)
        {
            var pair = $"pharmaverse-small {a.GetProperty("first").GetString()} vs {a.GetProperty("second").GetString()}";
            foreach (var (name, weights) in new[] { ("bestResponseKappa", "Unweighted"), ("bestResponseLinearKappa", "Linear") })
            {
                var r = kappas.Single(k => k["dataset"] == pair && k["weights"] == weights);
                var k = a.GetProperty(name);
                Assert.Equal(RReference.Number(r["kappa"]), k.GetProperty("estimate").GetDouble(), RReference.Tolerance);
                Assert.Equal(RReference.Number(r["se"]), k.GetProperty("standardError").GetDouble(), RReference.Tolerance);
                Assert.Equal(RReference.Number(r["lower"]), k.GetProperty("lower").GetDouble(), RReference.Tolerance);
                Assert.Equal(RReference.Number(r["upper"]), k.GetProperty("upper").GetDouble(), RReference.Tolerance);
            }
        }

        var logRank = json.RootElement.GetProperty("logRank").EnumerateArray().ToDictionary(t => t.GetProperty("paramcd").GetString()!);
        foreach (var r in rows.Where(r => r["arm"] == "between arms"))
        {
            var test = logRank[r["measure"].Split(':')[0]];
            Assert.Equal(RReference.Number(r["estimate"]), test.GetProperty("chiSquare").GetDouble(), RReference.Tolerance);
            Assert.Equal(RReference.Number(r["lower"]), test.GetProperty("pValue").GetDouble(), RReference.Tolerance);
            Assert.Equal(RReference.Number(r["count"]), test.GetProperty("degreesOfFreedom").GetDouble());
        }
    }

    [Fact]
    public void Run_PharmaverseStudy_PrintsRatesMediansAndWritesFiles()
    {
        var (code, output, dir) = Small.Value;

        Assert.Equal(0, code);
        Assert.Contains("subjects: 306 (adsl.csv), 254 with a reference date", output);
        Assert.Contains("evaluator INVESTIGATOR: 8 subjects assessed, 22 calls analysed", output);
        Assert.Contains("All subjects          254  4 1.6% (0.4–4.0)", output);
        Assert.Contains("INVESTIGATOR vs RADIOLOGIST 1", output);
        Assert.All(new[] { "adrs.csv", "adtte.csv", "summary.json", "agreement.csv", "issues.csv" }, f => Assert.True(File.Exists(Path.Combine(dir, f)), f));
    }

    /// <summary>Calls derived from TU/TR under RECIST 1.1 and iRECIST: what became of each RECIST 1.1 progression, also in summary.json.</summary>
    [Fact]
    public void Run_DerivedCalls_ReclassificationReported()
    {
        var dir = Path.Combine(Repository.Scratch, "endpoints-derived-" + Guid.NewGuid().ToString("N"));
        var (code, output, _) = RecistCli.Run(
            "endpoints", "--tu", Repository.Pharmaverse("tu_onco_recist.csv"), "--tr", Repository.Pharmaverse("tr_onco_recist.csv"), "--dm", Repository.Pharmaverse("dm.csv"), "--out", dir);

        Assert.Equal(0, code);
        Assert.Contains("calls: derived from TU/TR, RECIST 1.1, evaluator INVESTIGATOR: 8 subjects assessed", output);
        Assert.Contains("RECIST 1.1 -> iRECIST (INVESTIGATOR, derived):", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var r = json.RootElement.GetProperty("reclassification");
        Assert.Equal(r.GetProperty("recistProgressed").GetInt32(), r.GetProperty("confirmed").GetInt32() + r.GetProperty("reset").GetInt32() + r.GetProperty("unconfirmed").GetInt32());
        Assert.Equal(8, r.GetProperty("bestResponses").EnumerateArray().Sum(b => b.GetProperty("subjects").GetInt32()));
    }

    /// <summary>Case files are subjects too: reference date the baseline scan, known alive at the last assessment, no arms.</summary>
    [Fact]
    public void Run_CaseFolder_EndpointsOfTheCases()
    {
        var dir = Path.Combine(Repository.Scratch, "endpoints-cases-" + Guid.NewGuid().ToString("N"));
        var (code, output, _) = RecistCli.Run("endpoints", Path.Combine(Repository.Data, "conformance", "cases"), "--out", dir);

        Assert.Equal(0, code);
        Assert.Contains("subjects: 16 (case files), 16 with a reference date", output);
        Assert.Contains("calls: derived from the case files, RECIST 1.1, evaluator cases: 16 subjects assessed", output);
        Assert.Contains("RECIST 1.1 -> iRECIST (cases, derived):", output);
        var os = Rows(SdtmTableReader.Read(Path.Combine(dir, "adtte.csv")), "OS", "CNSR", "EVNTDESC");
        Assert.Equal(16, os.Count);
        Assert.All(os, r => Assert.EndsWith("| 1 | Alive", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("needs the subjects' dates", "endpoints", "--rs", "rs")]
    [InlineData("the subjects' dates once", "endpoints", "--rs", "rs", "--adsl", "a", "--dm", "d")]
    [InlineData("derived calls need --tu and --tr", "endpoints", "--adsl", "a")]
    [InlineData("recorded calls need --rs", "endpoints", "--tu", "t", "--tr", "r", "--adsl", "a", "--calls", "recorded")]
    [InlineData("case files are read instead of SDTM", "endpoints", "cases", "--rs", "rs")]
    public void Run_BadUsage_ExitTwoWithReason(string reason, params string[] args)
    {
        var (code, _, err) = RecistCli.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(reason, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownEvaluator_ExitTwoNamingThoseFound()
    {
        var (code, _, err) = RecistCli.Run("endpoints", "--rs", Repository.Pharmaverse("rs_onco_recist.csv"), "--adsl", Adam("adsl.csv"), "--evaluator", "NOBODY");

        Assert.Equal(2, code);
        Assert.Contains("no calls by evaluator 'NOBODY' (found: INVESTIGATOR, RADIOLOGIST 1, RADIOLOGIST 2)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AdslWithoutUsubjid_ExitTwoNamingFileAndVariable()
    {
        var adsl = Path.Combine(Repository.Scratch, "adsl-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(adsl, "STUDYID,RANDDT\nX,2024-01-01\n");

        var (code, _, err) = RecistCli.Run("endpoints", "--rs", Repository.Pharmaverse("rs_onco_recist.csv"), "--adsl", adsl);

        Assert.Equal(2, code);
        Assert.Contains(Path.GetFileName(adsl), err, StringComparison.Ordinal);
        Assert.Contains("expected the variable USUBJID", err, StringComparison.Ordinal);
    }

    private static string Adam(string name)
    {
        var path = Path.Combine(Repository.Data, "pharmaverse-adam", name);
        return File.Exists(path) ? path : path + ".gz";
    }

    private static List<string> Rows(SdtmTable table, string paramcd, params string[] columns)
        => Enumerable.Range(0, table.RowCount).Where(i => table.Get(i, "PARAMCD") == paramcd)
            .Select(i => string.Join(" | ", new[] { table.Get(i, "USUBJID") }.Concat(columns.Select(c => table.Get(i, c)))))
            .Order(StringComparer.Ordinal).ToList();

    private static void Same(Dictionary<string, string> r, JsonElement e, string estimate, string lower, string upper)
    {
        foreach (var (rName, jName) in new[] { ("estimate", estimate), ("lower", lower), ("upper", upper) })
        {
            var value = e.GetProperty(jName);
            if (r[rName].Length == 0)
            {
                Assert.Equal(JsonValueKind.Null, value.ValueKind);
            }
            else
            {
                Assert.Equal(RReference.Number(r[rName]), value.GetDouble(), RReference.Tolerance);
            }
        }
    }
}
