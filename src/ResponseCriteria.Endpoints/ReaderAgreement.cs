using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// How two readers' progression dates compare on the subjects both assessed, as blinded-central-review audits count them
/// (e.g. investigator against central review).
/// </summary>
/// <param name="SameDate">Both called progression on the same date.</param>
/// <param name="FirstEarlier">Both called progression; the first reader earlier.</param>
/// <param name="FirstLater">Both called progression; the first reader later.</param>
/// <param name="OnlyFirst">Only the first reader called progression.</param>
/// <param name="OnlySecond">Only the second reader called progression.</param>
/// <param name="Neither">Neither called progression.</param>
public readonly record struct ProgressionDiscordance(int SameDate, int FirstEarlier, int FirstLater, int OnlyFirst, int OnlySecond, int Neither)
{
    /// <summary>The subjects compared.</summary>
    public int Subjects => SameDate + FirstEarlier + FirstLater + OnlyFirst + OnlySecond + Neither;

    /// <summary>Subjects whose progression (or its date) differs between the readers.</summary>
    public int Discordant => FirstEarlier + FirstLater + OnlyFirst + OnlySecond;
}

/// <summary>One subject both readers assessed: each reader's BOR and progression date.</summary>
/// <param name="Usubjid">USUBJID.</param>
/// <param name="FirstBest">The first reader's BOR (AVALC).</param>
/// <param name="SecondBest">The second reader's BOR.</param>
/// <param name="FirstProgression">The first reader's progression date, or null.</param>
/// <param name="SecondProgression">The second reader's progression date, or null.</param>
public readonly record struct AgreementPair(string Usubjid, string FirstBest, string SecondBest, LocalDate? FirstProgression, LocalDate? SecondProgression);

/// <summary>Agreement between two readers' best overall responses (Cohen's kappa) and progression dates.</summary>
public sealed class ReaderAgreement
{
    private ReaderAgreement(string first, string second, IReadOnlyList<AgreementPair> subjects, Kappa? kappa, Kappa? linear, ProgressionDiscordance progression)
    {
        Subjects = subjects;
        First = first;
        Second = second;
        BestResponse = kappa;
        BestResponseLinear = linear;
        Progression = progression;
    }

    /// <summary>The first reader.</summary>
    public string First { get; }

    /// <summary>The second reader.</summary>
    public string Second { get; }

    /// <summary>The subjects both readers assessed, in USUBJID order: what an audit of the discordant ones starts from.</summary>
    public IReadOnlyList<AgreementPair> Subjects { get; }

    /// <summary>Unweighted kappa on BOR (confirmation not required), or null with fewer than two categories or no subject.</summary>
    public Kappa? BestResponse { get; }

    /// <summary>Linear-weighted kappa on BOR, categories ordered from CR to PD with NE last, or null likewise.</summary>
    public Kappa? BestResponseLinear { get; }

    /// <summary>The progression dates compared.</summary>
    public ProgressionDiscordance Progression { get; }

    /// <summary>
    /// Compares two readers on the subjects both assessed (at least one analysed call each); the BOR categories are those
    /// either reader used, in the order CR, PR, SD, Non-CR/Non-PD, NED, iUPD, PD/iCPD, NE.
    /// </summary>
    /// <param name="first">The first reader's name.</param>
    /// <param name="firstEndpoints">The first reader's endpoints.</param>
    /// <param name="second">The second reader's name.</param>
    /// <param name="secondEndpoints">The second reader's endpoints.</param>
    /// <param name="level">The confidence level of kappa (default 0.95).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReaderAgreement Compare(string first, StudyEndpoints firstEndpoints, string second, StudyEndpoints secondEndpoints, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(firstEndpoints);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(secondEndpoints);
        var other = secondEndpoints.Responses.Where(r => r.Analysed.Count > 0).ToDictionary(r => r.Subject.Usubjid, StringComparer.Ordinal);
        var pairs = firstEndpoints.Responses.Where(r => r.Analysed.Count > 0 && other.ContainsKey(r.Subject.Usubjid)).Select(r => (A: r, B: other[r.Subject.Usubjid])).ToArray();
        int same = 0, earlier = 0, later = 0, onlyFirst = 0, onlySecond = 0, neither = 0;
        foreach (var (a, b) in pairs)
        {
            switch (a.ProgressionDate, b.ProgressionDate)
            {
                case ({ } x, { } y) when x == y: same++; break;
                case ({ } x, { } y) when x < y: earlier++; break;
                case ({ }, { }): later++; break;
                case ({ }, null): onlyFirst++; break;
                case (null, { }): onlySecond++; break;
                default: neither++; break;
            }
        }

        var codes = pairs.SelectMany(p => new[] { p.A.BestCode, p.B.BestCode }).Distinct().OrderBy(Order).ThenBy(c => c, StringComparer.Ordinal).ToArray();
        var calls = pairs.Select(p => (p.A.BestCode, p.B.BestCode)).ToArray();
        var kappa = codes.Length >= 2 ? Kappa.Compute(calls, codes, KappaWeights.Unweighted, level) : null;
        var linear = codes.Length >= 2 ? Kappa.Compute(calls, codes, KappaWeights.Linear, level) : null;
        var subjects = pairs.Select(p => new AgreementPair(p.A.Subject.Usubjid, p.A.BestCode, p.B.BestCode, p.A.ProgressionDate, p.B.ProgressionDate)).ToArray();
        return new ReaderAgreement(first, second, subjects, kappa, linear, new ProgressionDiscordance(same, earlier, later, onlyFirst, onlySecond, neither));
    }

    /// <summary>Every pair of readers, in the order given.</summary>
    /// <param name="readers">Each reader's endpoints by name.</param>
    /// <param name="level">The confidence level of kappa.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readers"/> is null.</exception>
    public static IReadOnlyList<ReaderAgreement> Pairwise(IReadOnlyList<(string Reader, StudyEndpoints Endpoints)> readers, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var result = new List<ReaderAgreement>();
        for (var i = 0; i < readers.Count; i++)
        {
            for (var j = i + 1; j < readers.Count; j++)
            {
                result.Add(Compare(readers[i].Reader, readers[i].Endpoints, readers[j].Reader, readers[j].Endpoints, level));
            }
        }

        return result;
    }

    /// <summary>Best to worst by best-response rank, NE last, codes that are not responses (MISSING) after it: the order linear weights use.</summary>
    private static int Order(string code)
        => RecordedResponses.TryParseCode(code, out var response, out _) ? -ResponseCodes.Rank(response) : 1;
}
