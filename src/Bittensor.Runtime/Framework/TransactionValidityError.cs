using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>TransactionValidityError</c>: Invalid(InvalidTransaction) = 0 or Unknown(UnknownTransaction) = 1, a Custom variant carrying a
/// u8. <see cref="Message"/> is the text Substrate's Display gives (what RPC error 1010/1011 data shows); <see cref="Detail"/>
/// is our own explanation, never encoded.
/// </summary>
public readonly record struct TransactionValidityError(bool IsUnknown, byte Code, byte CustomCode = 0, string? Detail = null) : IScaleCodec<TransactionValidityError>
{
    public static TransactionValidityError Invalid(InvalidTransaction reason, string? detail = null) => new(false, (byte)reason, 0, detail);

    public static TransactionValidityError InvalidCustom(byte code, string? detail = null) => new(false, (byte)InvalidTransaction.Custom, code, detail);

    public static TransactionValidityError Unknown(UnknownTransaction reason, string? detail = null) => new(true, (byte)reason, 0, detail);

    public InvalidTransaction? InvalidReason => IsUnknown ? null : (InvalidTransaction)Code;

    public UnknownTransaction? UnknownReason => IsUnknown ? (UnknownTransaction)Code : null;

    /// <summary>Substrate's Display text, e.g. "Transaction has a bad signature"; custom errors read "Custom error: N" as bittensor expects.</summary>
    public string Message => IsUnknown
        ? (UnknownTransaction)Code switch
        {
            UnknownTransaction.CannotLookup => "Could not lookup information required to validate the transaction",
            UnknownTransaction.NoUnsignedValidator => "Could not find an unsigned validator for the unsigned transaction",
            _ => $"Custom error: {CustomCode}",
        }
        : (InvalidTransaction)Code switch
        {
            InvalidTransaction.Call => "Transaction call is not expected",
            InvalidTransaction.Payment => "Inability to pay some fees (e.g. account balance too low)",
            InvalidTransaction.Future => "Transaction will be valid in the future",
            InvalidTransaction.Stale => "Transaction is outdated",
            InvalidTransaction.BadProof => "Transaction has a bad signature",
            InvalidTransaction.AncientBirthBlock => "Transaction has an ancient birth block",
            InvalidTransaction.ExhaustsResources => "Transaction would exhaust the block limits",
            InvalidTransaction.BadMandatory => "A call was labelled as mandatory, but resulted in an Error.",
            InvalidTransaction.MandatoryValidation => "Transaction dispatch is mandatory; transactions must not be validated.",
            InvalidTransaction.BadSigner => "Invalid signing address",
            InvalidTransaction.IndeterminateImplicit => "The implicit data was unable to be calculated",
            InvalidTransaction.UnknownOrigin => "The transaction extension did not authorize any origin",
            _ => $"Custom error: {CustomCode}",
        };

    public static int MinEncodedSize => 2;

    public static void Encode(in TransactionValidityError value, ref ScaleWriter writer)
    {
        writer.WriteU8(value.IsUnknown ? (byte)1 : (byte)0);
        writer.WriteU8(value.Code);
        bool custom = value.IsUnknown ? value.Code == (byte)UnknownTransaction.Custom : value.Code == (byte)InvalidTransaction.Custom;
        if (custom)
        {
            writer.WriteU8(value.CustomCode);
        }
    }

    public static TransactionValidityError Decode(ref ScaleReader reader)
    {
        bool unknown = reader.ReadVariantIndex("TransactionValidityError", 2) == 1;
        byte code = unknown ? reader.ReadVariantIndex("UnknownTransaction", 3) : reader.ReadVariantIndex("InvalidTransaction", 13);
        bool custom = unknown ? code == (byte)UnknownTransaction.Custom : code == (byte)InvalidTransaction.Custom;
        return new TransactionValidityError(unknown, code, custom ? reader.ReadU8() : (byte)0);
    }

    public override string ToString() => Detail is null ? Message : $"{Message} ({Detail})";
}
