namespace Bittensor.Runtime.Framework;

/// <summary><c>sp_runtime::transaction_validity::InvalidTransaction</c>, in SCALE variant order.</summary>
public enum InvalidTransaction : byte
{
    Call = 0,
    Payment = 1,
    Future = 2,
    Stale = 3,
    BadProof = 4,
    AncientBirthBlock = 5,
    ExhaustsResources = 6,
    Custom = 7,
    BadMandatory = 8,
    MandatoryValidation = 9,
    BadSigner = 10,
    IndeterminateImplicit = 11,
    UnknownOrigin = 12,
}
