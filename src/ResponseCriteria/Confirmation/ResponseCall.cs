using System;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Confirmation;

/// <summary>
/// A time-point overall response on a date: the input of a best-overall-response derivation. The call keeps its date's day
/// number as well, so the derivation counts days with integer arithmetic (a NodaTime date difference costs ~10 ns).
/// </summary>
public readonly struct ResponseCall : IEquatable<ResponseCall>
{
    /// <summary>Creates a call.</summary>
    /// <param name="date">The assessment date.</param>
    /// <param name="response">The overall response at that date.</param>
    public ResponseCall(LocalDate date, Response response)
        : this(date, DayNumbers.Of(date), response)
    {
    }

    /// <summary>Creates a call whose day number is known (<see cref="DayNumbers.Of"/> of <paramref name="date"/>).</summary>
    internal ResponseCall(LocalDate date, int day, Response response)
    {
        Date = date;
        Day = day;
        Response = response;
    }

    /// <summary>The assessment date.</summary>
    public LocalDate Date { get; }

    /// <summary>The overall response.</summary>
    public Response Response { get; }

    /// <summary>The day number of <see cref="Date"/> (<see cref="DayNumbers.Of"/>; 0 for the default call).</summary>
    internal int Day { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseCall other) => Date == other.Date && Response == other.Response;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResponseCall && Equals((ResponseCall)obj);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Response);

    /// <summary>Equality of date and response.</summary>
    public static bool operator ==(ResponseCall left, ResponseCall right) => left.Equals(right);

    /// <summary>Inequality of date or response.</summary>
    public static bool operator !=(ResponseCall left, ResponseCall right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Response}";
}
