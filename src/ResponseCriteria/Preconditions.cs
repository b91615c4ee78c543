using System;
using System.Collections.Generic;

namespace ResponseCriteria;

/// <summary>Argument checks for programmer errors; data errors are diagnostics, never exceptions.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotEmpty(string? argument, string paramName)
    {
        CheckNotNull(argument, paramName);
        if (argument!.Trim().Length == 0)
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static int CheckNonNegative(int value, string paramName)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");

    internal static decimal CheckNonNegative(decimal value, string paramName)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");

    internal static T[] CheckElementsNotNull<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        CheckNotNull(items, paramName);

        // A collection is copied once, at its size (a list built from it and copied again cost two arrays).
        T[] array;
        if (items is ICollection<T> collection)
        {
            array = collection.Count == 0 ? [] : new T[collection.Count];
            collection.CopyTo(array, 0);
        }
        else
        {
            array = new List<T>(items!).ToArray();
        }

        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return array;
    }
}
