using NodaTime;
using ResponseCriteria.Results;

namespace ResponseCriteria.Endpoints;

/// <summary>One ADaM ADRS record: a subject's parameter (PARAMCD) with its value and date, and how it was derived.</summary>
public sealed class AdrsRecord
{
    private readonly BestResponseResult? explainedBy;
    private string? explanation;

    /// <summary>A record whose explanation is a best response's, built only when read (the text costs more than the record).</summary>
    internal AdrsRecord(StudySubject subject, string paramcd, string param, string parcat1, string parcat2, string parcat3, string avalc, decimal? aval, LocalDate? adt, BestResponseResult explainedBy)
        : this(subject, paramcd, param, parcat1, parcat2, parcat3, avalc, aval, adt, (string?)null)
    {
        this.explainedBy = explainedBy;
    }

    internal AdrsRecord(StudySubject subject, string paramcd, string param, string parcat1, string parcat2, string parcat3, string avalc, decimal? aval, LocalDate? adt, string? explanation)
    {
        StudyId = subject.StudyId;
        Usubjid = subject.Usubjid;
        ParamCd = paramcd;
        Param = param;
        ParCat1 = parcat1;
        ParCat2 = parcat2;
        ParCat3 = parcat3;
        Avalc = avalc;
        Aval = aval;
        Adt = adt;
        Ady = subject.StudyDay(adt);
        this.explanation = explanation;
    }

    /// <summary>STUDYID.</summary>
    public string StudyId { get; }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>ASEQ: the record's number within the subject (ordered by PARAMCD, ADT, then record order).</summary>
    public int Aseq { get; internal set; }

    /// <summary>PARAMCD (OVR, BOR, CBOR, RSP, CRSP, CB, CCB, BCP, CBCP, PD, DEATH, LSTA, MDIS).</summary>
    public string ParamCd { get; }

    /// <summary>PARAM.</summary>
    public string Param { get; }

    /// <summary>PARCAT1 ("Tumor Response", or "Reference Event" for DEATH).</summary>
    public string ParCat1 { get; }

    /// <summary>PARCAT2: the evaluator (empty for DEATH).</summary>
    public string ParCat2 { get; }

    /// <summary>PARCAT3: the criteria ("RECIST 1.1", "iRECIST"; empty for DEATH).</summary>
    public string ParCat3 { get; }

    /// <summary>AVALC: a response code, Y or N, MISSING, or empty (LSTA of a subject never assessed).</summary>
    public string Avalc { get; }

    /// <summary>AVAL: the response's number (CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD or iCPD 5, NE 6, MISSING 7, NED 8, iUPD 9) or 1/0 for Y/N.</summary>
    public decimal? Aval { get; }

    /// <summary>ADT, or null when the parameter has no date (N flags, MISSING, MDIS).</summary>
    public LocalDate? Adt { get; }

    /// <summary>ADY: the study day of <see cref="Adt"/> (day 1 = first dose, else the reference date; no day 0).</summary>
    public int? Ady { get; }

    /// <summary>AVISIT (OVR records), or empty.</summary>
    public string Visit { get; internal init; } = string.Empty;

    /// <summary>ANL01FL: Y when the record counts (OVR: on or after the reference date, a response code, the worst of its date); every parameter record is Y.</summary>
    public string Anl01Fl { get; internal init; } = "Y";

    /// <summary>ANL02FL (OVR only): Y up to and including the first PD (or iCPD); empty after it.</summary>
    public string Anl02Fl { get; internal init; } = string.Empty;

    /// <summary>Why the value is what it is, with the dates and rule used.</summary>
    public string Explanation => explanation ??= explainedBy?.Explanation ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => $"{Usubjid} {ParamCd} {Avalc} {Adt:uuuu-MM-dd}";
}
