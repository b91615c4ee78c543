using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

/// <summary>
/// The endpoints of the pharmaverse study (SDTM in tests/data/pharmaverse) against the ADaM datasets admiralonco's own
/// templates derived from the same files (tests/data/pharmaverse-adam): every subject, every parameter.
/// </summary>
public sealed class PharmaverseParityTest
{
    // Derived afresh by each test (a few milliseconds), never cached in a static: mutation testing activates one mutant per
    // test run, and a cached result would hide it.
    private static StudyEndpoints Study => Derive();

    internal static StudyEndpoints Derive()
    {
        var adsl = SubjectTable.ReadAdsl(SdtmTableReader.Read(Adam("adsl.csv")));
        var rs = RecordedResponses.Read(SdtmTableReader.Read(Repository.Pharmaverse("rs_onco_recist.csv")), Criteria.Recist11);
        var tu = SdtmTableReader.Read(Repository.Pharmaverse("tu_onco_recist.csv"));
        return StudyEndpoints.Derive(adsl, StudyEndpoints.CallsOf(rs, "INVESTIGATOR"), Criteria.Recist11, StudyEndpoints.MeasurableDisease(tu, "INVESTIGATOR"));
    }

    internal static string Adam(string name)
    {
        var path = Path.Combine(Repository.Data, "pharmaverse-adam", name);
        return File.Exists(path) ? path : path + ".gz";
    }

    [Theory]
    [InlineData("BOR")]
    [InlineData("CBOR")]
    [InlineData("RSP")]
    [InlineData("CRSP")]
    [InlineData("CB")]
    [InlineData("CCB")]
    [InlineData("BCP")]
    [InlineData("PD")]
    [InlineData("DEATH")]
    [InlineData("LSTA")]
    [InlineData("MDIS")]
    [InlineData("OVR")]
    public void Derive_PharmaverseStudy_ParameterEqualsAdmiralonco(string paramcd)
    {
        var expected = Rows(SdtmTableReader.Read(Adam("adrs_onco.csv")), paramcd, "AVALC", "ADT", "AVAL");
        var actual = Study.Adrs.Where(r => r.ParamCd == paramcd && (paramcd != "OVR" || r.Anl01Fl == "Y"))
            .Select(r => Key(r.Usubjid, r.Avalc, r.Adt?.ToString("uuuu-MM-dd", null) ?? string.Empty, r.Aval?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(paramcd == "OVR" ? 22 : 306, expected.Count);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// pharmaverseadam's CBCP is N for every subject, including 01-701-1118 whose CBOR is PR: the template derives CBCP in the
    /// same pipe as CBOR with <c>dataset_add = adrs</c>, the dataset from before that pipe, so CBCP never sees CBOR. Ours follows
    /// the parameter's definition (confirmed BOR of CR or PR); every other subject is equal.
    /// </summary>
    [Fact]
    public void Derive_PharmaverseStudy_ConfirmedResponderFlagFollowsConfirmedBestResponse()
    {
        var expected = Rows(SdtmTableReader.Read(Adam("adrs_onco.csv")), "CBCP", "AVALC", "ADT", "AVAL");
        var actual = Study.Adrs.Where(r => r.ParamCd == "CBCP").ToDictionary(r => r.Usubjid);
        var confirmed = Study.Adrs.Where(r => r.ParamCd == "CBOR").ToDictionary(r => r.Usubjid);

        Assert.Equal(306, expected.Count);
        Assert.All(expected, e => Assert.EndsWith("| N |  | 0", e, StringComparison.Ordinal));
        Assert.Equal(expected.Where(e => !e.StartsWith("01-701-1118", StringComparison.Ordinal)), actual.Values.Where(r => r.Avalc == "N").Select(r => Key(r.Usubjid, "N", string.Empty, "0")).Order(StringComparer.Ordinal));
        Assert.Equal(("PR", "Y", confirmed["01-701-1118"].Adt), (confirmed["01-701-1118"].Avalc, actual["01-701-1118"].Avalc, actual["01-701-1118"].Adt));
    }

    [Theory]
    [InlineData("OS", 254)]
    [InlineData("PFS", 254)]
    [InlineData("RSD", 4)]
    public void Derive_PharmaverseStudy_TimeToEventEqualsAdmiralonco(string paramcd, int subjects)
    {
        var expected = Rows(SdtmTableReader.Read(Adam("adtte_onco.csv")), paramcd, "STARTDT", "ADT", "AVAL", "CNSR", "EVNTDESC", "CNSDTDSC", "SRCDOM", "SRCVAR");
        var actual = Study.TimeToEvent.Where(r => r.ParamCd == paramcd)
            .Select(r => Key(r.Usubjid, r.StartDate?.ToString("uuuu-MM-dd", null) ?? string.Empty, r.Adt.ToString("uuuu-MM-dd", null), r.Aval?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                r.Cnsr.ToString(System.Globalization.CultureInfo.InvariantCulture), r.EventDescription, r.CensorDescription, r.SourceDomain, r.SourceVariable)).ToList();

        Assert.Equal(subjects, expected.Count);
        Assert.Equal(expected, actual);
    }

    private static List<string> Rows(SdtmTable table, string paramcd, params string[] columns)
        => Enumerable.Range(0, table.RowCount).Where(i => table.Get(i, "PARAMCD") == paramcd)
            .Select(i => Key([table.Get(i, "USUBJID"), .. columns.Select(c => table.Get(i, c))]))
            .Order(StringComparer.Ordinal).ToList();

    private static string Key(params string[] values) => string.Join(" | ", values);
}
