using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using nietras.SeparatedValues;
using NodaTime;

namespace ResponseCriteria.Endpoints;

/// <summary>Writes ADRS and ADTTE records as CSV with ADaM variable names (dates ISO 8601, missing values empty).</summary>
public static class EndpointWriter
{
    /// <summary>Writes ADRS: STUDYID, USUBJID, ASEQ, PARAMCD, PARAM, PARCAT1–3, AVISIT, ADT, ADY, AVALC, AVAL, ANL01FL, ANL02FL, EXPLAN.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAdrs(string path, IEnumerable<AdrsRecord> records)
        => Write(
            path,
            records,
            ("STUDYID", r => r.StudyId),
            ("USUBJID", r => r.Usubjid),
            ("ASEQ", r => Number(r.Aseq)),
            ("PARAMCD", r => r.ParamCd),
            ("PARAM", r => r.Param),
            ("PARCAT1", r => r.ParCat1),
            ("PARCAT2", r => r.ParCat2),
            ("PARCAT3", r => r.ParCat3),
            ("AVISIT", r => r.Visit),
            ("ADT", r => Date(r.Adt)),
            ("ADY", r => r.Ady is { } ady ? Number(ady) : string.Empty),
            ("AVALC", r => r.Avalc),
            ("AVAL", r => r.Aval is { } aval ? aval.ToString(CultureInfo.InvariantCulture) : string.Empty),
            ("ANL01FL", r => r.Anl01Fl),
            ("ANL02FL", r => r.Anl02Fl),
            ("EXPLAN", r => r.Explanation));

    /// <summary>Writes ADTTE: STUDYID, USUBJID, ARM, PARAMCD, PARAM, STARTDT, ADT, AVAL, CNSR, EVNTDESC, CNSDTDSC, SRCDOM, SRCVAR.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAdtte(string path, IEnumerable<AdtteRecord> records)
        => Write(
            path,
            records,
            ("STUDYID", r => r.StudyId),
            ("USUBJID", r => r.Usubjid),
            ("ARM", r => r.Arm),
            ("PARAMCD", r => r.ParamCd),
            ("PARAM", r => r.Param),
            ("STARTDT", r => Date(r.StartDate)),
            ("ADT", r => Date(r.Adt)),
            ("AVAL", r => r.Aval is { } aval ? Number(aval) : string.Empty),
            ("CNSR", r => Number(r.Cnsr)),
            ("EVNTDESC", r => r.EventDescription),
            ("CNSDTDSC", r => r.CensorDescription),
            ("SRCDOM", r => r.SourceDomain),
            ("SRCVAR", r => r.SourceVariable));

    /// <summary>Writes every subject two readers both assessed: FIRST, SECOND (the readers), USUBJID, BOR1, BOR2, PDDT1, PDDT2, AGREE (Y when BOR and progression date agree).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="agreement">The reader pairs.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAgreement(string path, IEnumerable<ReaderAgreement> agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        Write(
            path,
            agreement.SelectMany(a => a.Subjects.Select(p => (a.First, a.Second, Pair: p))),
            ("FIRST", r => r.First),
            ("SECOND", r => r.Second),
            ("USUBJID", r => r.Pair.Usubjid),
            ("BOR1", r => r.Pair.FirstBest),
            ("BOR2", r => r.Pair.SecondBest),
            ("PDDT1", r => Date(r.Pair.FirstProgression)),
            ("PDDT2", r => Date(r.Pair.SecondProgression)),
            ("AGREE", r => r.Pair.FirstBest == r.Pair.SecondBest && r.Pair.FirstProgression == r.Pair.SecondProgression ? "Y" : "N"));
    }

    /// <summary>One CSV writer for every table: a row per record, a column per (name, value) in the order given.</summary>
    private static void Write<T>(string path, IEnumerable<T> records, params (string Name, Func<T, string> Value)[] columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(records);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var record in records)
        {
            using var row = writer.NewRow();
            foreach (var (name, value) in columns)
            {
                row[name].Set(value(record));
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
