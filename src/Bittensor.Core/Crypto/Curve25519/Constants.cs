namespace Bittensor.Core.Crypto.Curve25519;

/// <summary>Curve constants (curve25519-dalek constants.rs), parsed once; tests check their defining equations.</summary>
internal static class Constants
{
    /// <summary>d = −121665/121666.</summary>
    internal static readonly FieldElement EdwardsD =
        FieldElement.FromDecimal("37095705934669439343138083508754565189542113879843219016388785533085940283555");

    /// <summary>2d.</summary>
    internal static readonly FieldElement EdwardsD2 =
        FieldElement.FromDecimal("16295367250680780974490674513165176452449235426866156013048779062215315747161");

    /// <summary>√−1, the non-negative root.</summary>
    internal static readonly FieldElement SqrtM1 =
        FieldElement.FromDecimal("19681161376707505956807079304988542015446066515923890162744021073123829784752");

    /// <summary>1/√(a − d) with a = −1.</summary>
    internal static readonly FieldElement InvSqrtAMinusD =
        FieldElement.FromDecimal("54469307008909316920995813868745141605393597292927456921205312896311721017578");

    /// <summary>The Ed25519 basepoint's affine x (its y is 4/5); also the ristretto255 generator.</summary>
    internal static readonly FieldElement BasepointX =
        FieldElement.FromDecimal("15112221349535400772501151409588531511454012693041857206046113283949847762202");

    internal static readonly FieldElement BasepointY =
        FieldElement.FromDecimal("46316835694926478169428394003475163141307993866256225615783033603165251855960");
}
