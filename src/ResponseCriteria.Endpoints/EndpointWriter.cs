using System;
using System.Collections.Generic;
using System.Globalization;
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
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(records);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var r in records)
        {
            using var row = writer.NewRow();
            row["STUDYID"].Set(r.StudyId);
            row["USUBJID"].Set(r.Usubjid);
            row["ASEQ"].Set(Number(r.Aseq));
            row["PARAMCD"].Set(r.ParamCd);
            row["PARAM"].Set(r.Param);
            row["PARCAT1"].Set(r.ParCat1);
            row["PARCAT2"].Set(r.ParCat2);
            row["PARCAT3"].Set(r.ParCat3);
            row["AVISIT"].Set(r.Visit);
            row["ADT"].Set(Date(r.Adt));
            row["ADY"].Set(r.Ady is { } ady ? Number(ady) : string.Empty);
            row["AVALC"].Set(r.Avalc);
            row["AVAL"].Set(r.Aval is { } aval ? aval.ToString(CultureInfo.InvariantCulture) : string.Empty);
            row["ANL01FL"].Set(r.Anl01Fl);
            row["ANL02FL"].Set(r.Anl02Fl);
            row["EXPLAN"].Set(r.Explanation);
        }
    }

    /// <summary>Writes ADTTE: STUDYID, USUBJID, ARM, PARAMCD, PARAM, STARTDT, ADT, AVAL, CNSR, EVNTDESC, CNSDTDSC, SRCDOM, SRCVAR.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAdtte(string path, IEnumerable<AdtteRecord> records)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(records);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var r in records)
        {
            using var row = writer.NewRow();
            row["STUDYID"].Set(r.StudyId);
            row["USUBJID"].Set(r.Usubjid);
            row["ARM"].Set(r.Arm);
            row["PARAMCD"].Set(r.ParamCd);
            row["PARAM"].Set(r.Param);
            row["STARTDT"].Set(Date(r.StartDate));
            row["ADT"].Set(Date(r.Adt));
            row["AVAL"].Set(r.Aval is { } aval ? Number(aval) : string.Empty);
            row["CNSR"].Set(Number(r.Cnsr));
            row["EVNTDESC"].Set(r.EventDescription);
            row["CNSDTDSC"].Set(r.CensorDescription);
            row["SRCDOM"].Set(r.SourceDomain);
            row["SRCVAR"].Set(r.SourceVariable);
        }
    }

    /// <summary>Writes every subject two readers both assessed: FIRST, SECOND (the readers), USUBJID, BOR1, BOR2, PDDT1, PDDT2, AGREE (Y when BOR and progression date agree).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="agreement">The reader pairs.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAgreement(string path, IEnumerable<ReaderAgreement> agreement)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(agreement);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var a in agreement)
        {
            foreach (var p in a.Subjects)
            {
                using var row = writer.NewRow();
                row["FIRST"].Set(a.First);
                row["SECOND"].Set(a.Second);
                row["USUBJID"].Set(p.Usubjid);
                row["BOR1"].Set(p.FirstBest);
                row["BOR2"].Set(p.SecondBest);
                row["PDDT1"].Set(Date(p.FirstProgression));
                row["PDDT2"].Set(Date(p.SecondProgression));
                row["AGREE"].Set(p.FirstBest == p.SecondBest && p.FirstProgression == p.SecondProgression ? "Y" : "N");
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
