using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// What <c>TaggedTransactionQueue_validate_transaction</c> answers for the pool: valid (with priority, tags, longevity), a
/// validity error, or undecodable input.
/// </summary>
public sealed record TransactionValidity(ValidTransaction? Valid, TransactionValidityError? Error, string? DecodeError)
{
    public bool IsValid => Valid is not null;

    public static TransactionValidity Ok(ValidTransaction valid) => new(valid, null, null);

    public static TransactionValidity Invalid(TransactionValidityError error) => new(null, error, null);

    public static TransactionValidity Undecodable(string message) => new(null, null, message);

    /// <summary><c>Result&lt;ValidTransaction, TransactionValidityError&gt;</c>.</summary>
    /// <exception cref="InvalidOperationException">For undecodable input.</exception>
    public byte[] Encode()
    {
        if (Valid is not null)
        {
            return [0, .. Valid.Encode()];
        }

        if (Error is not { } error)
        {
            throw new InvalidOperationException($"undecodable input has no TransactionValidity encoding: {DecodeError}");
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(8);
        var writer = new ScaleWriter(buffer);
        writer.WriteU8(1);
        writer.Write(in error);
        return buffer.WrittenSpan.ToArray();
    }

    public override string ToString() => Valid is not null ? $"Valid(priority {Valid.Priority}, longevity {Valid.Longevity})" : Error is { } e ? $"Invalid({e})" : $"Undecodable({DecodeError})";
}
