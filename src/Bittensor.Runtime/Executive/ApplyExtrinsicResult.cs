using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// The result of applying one extrinsic (<c>ApplyExtrinsicResult = Result&lt;DispatchOutcome, TransactionValidityError&gt;</c>),
/// plus the decode failure case that Substrate reports before the runtime is reached.
/// </summary>
public sealed record ApplyExtrinsicResult(ApplyOutcome Outcome, DispatchError? DispatchError, TransactionValidityError? ValidityError, string? DecodeError)
{
    /// <summary>True when the extrinsic is part of the block (succeeded or failed in dispatch).</summary>
    public bool IsIncluded => Outcome is ApplyOutcome.Success or ApplyOutcome.DispatchFailed;

    public static ApplyExtrinsicResult Succeeded { get; } = new(ApplyOutcome.Success, null, null, null);

    public static ApplyExtrinsicResult Failed(DispatchError error) => new(ApplyOutcome.DispatchFailed, error, null, null);

    public static ApplyExtrinsicResult Invalid(TransactionValidityError error) => new(ApplyOutcome.Invalid, null, error, null);

    public static ApplyExtrinsicResult Undecodable(string message) => new(ApplyOutcome.Undecodable, null, null, message);

    /// <summary>
    /// The SCALE encoding BlockBuilder_apply_extrinsic returns: <c>Result&lt;Result&lt;(), DispatchError&gt;, TransactionValidityError&gt;</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">For <see cref="ApplyOutcome.Undecodable"/>, which has no encoding.</exception>
    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16);
        var writer = new ScaleWriter(buffer);
        switch (Outcome)
        {
            case ApplyOutcome.Success:
                writer.WriteU8(0);
                writer.WriteU8(0);
                break;
            case ApplyOutcome.DispatchFailed:
                writer.WriteU8(0);
                writer.WriteU8(1);
                Framework.DispatchError error = DispatchError!.Value;
                writer.Write(in error);
                break;
            case ApplyOutcome.Invalid:
                writer.WriteU8(1);
                TransactionValidityError validity = ValidityError!.Value;
                writer.Write(in validity);
                break;
            default:
                throw new InvalidOperationException($"an undecodable extrinsic has no ApplyExtrinsicResult encoding: {DecodeError}");
        }

        return buffer.WrittenSpan.ToArray();
    }

    public override string ToString() => Outcome switch
    {
        ApplyOutcome.Success => "Ok(Ok)",
        ApplyOutcome.DispatchFailed => $"Ok(Err({DispatchError}))",
        ApplyOutcome.Invalid => $"Err({ValidityError})",
        _ => $"Undecodable({DecodeError})",
    };
}
