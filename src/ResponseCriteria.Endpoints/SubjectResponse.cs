using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Endpoints;

/// <summary>A subject's response parameters: the typed values behind the ADRS records, for time-to-event and summaries.</summary>
public sealed class SubjectResponse
{
    internal SubjectResponse(StudySubject subject, Criteria criteria, IReadOnlyList<AssessmentCall> analysed, BestResponseResult best, BestResponseResult confirmed)
    {
        Subject = subject;
        Criteria = criteria;
        Analysed = analysed;
        Best = best;
        Confirmed = confirmed;
    }

    /// <summary>The subject.</summary>
    public StudySubject Subject { get; }

    /// <summary>The criteria of the calls.</summary>
    public Criteria Criteria { get; }

    /// <summary>The calls the parameters were derived from (ANL01FL = Y), in date order.</summary>
    public IReadOnlyList<AssessmentCall> Analysed { get; }

    /// <summary>Best overall response without confirmation, as the core derives it.</summary>
    public BestResponseResult Best { get; }

    /// <summary>Best overall response with confirmation.</summary>
    public BestResponseResult Confirmed { get; }

    /// <summary>BOR's AVALC (a response code, or MISSING for a subject never assessed).</summary>
    public string BestCode { get; internal init; } = string.Empty;

    /// <summary>BOR's ADT.</summary>
    public LocalDate? BestDate { get; internal init; }

    /// <summary>CBOR's AVALC.</summary>
    public string ConfirmedCode { get; internal init; } = string.Empty;

    /// <summary>CBOR's ADT.</summary>
    public LocalDate? ConfirmedDate { get; internal init; }

    /// <summary>The first CR or PR (RSP; the start of duration of response), or null.</summary>
    public LocalDate? ResponseDate { get; internal init; }

    /// <summary>The first confirmed CR or PR (CRSP), or null.</summary>
    public LocalDate? ConfirmedResponseDate { get; internal init; }

    /// <summary>The first date of clinical benefit (CB): a response, or disease control at least the minimum days after the reference date.</summary>
    public LocalDate? ClinicalBenefitDate { get; internal init; }

    /// <summary>The first date of confirmed clinical benefit (CCB).</summary>
    public LocalDate? ConfirmedClinicalBenefitDate { get; internal init; }

    /// <summary>The progression event date (PD; for iRECIST the iUPD later confirmed), or null.</summary>
    public LocalDate? ProgressionDate { get; internal init; }

    /// <summary>The last analysed assessment (LSTA), or null.</summary>
    public AssessmentCall? LastAssessment { get; internal init; }

    /// <summary>Whether the subject had measurable disease at baseline (MDIS), or null when unknown.</summary>
    public bool? MeasurableDisease { get; internal init; }

    /// <summary>The ADRS records, OVR first, then one per parameter (built on first use, then kept).</summary>
    public IReadOnlyList<AdrsRecord> Records => records ??= BuildRecords();

    /// <summary>Every call as given (date order) with whether it was analysed, and the options: what the records are built from.</summary>
    internal (AssessmentCall[] Ordered, bool[] Analysed, AdrsOptions Options) Source { get; set; }

    private AdrsRecord[]? records;

    /// <summary>The records, built afresh and not kept (for writing a large study subject by subject).</summary>
    internal AdrsRecord[] BuildRecords() => records ?? ResponseParameters.Records(this, Source.Ordered, Source.Analysed, Source.Options);

    /// <summary>Whether BOR is CR or PR (BCP).</summary>
    public bool IsResponder => Best.Response is Response.CompleteResponse or Response.PartialResponse;

    /// <summary>Whether confirmed BOR is CR or PR (CBCP).</summary>
    public bool IsConfirmedResponder => Confirmed.Response is Response.CompleteResponse or Response.PartialResponse;
}
