namespace Bittensor.Runtime.Pallets;

/// <summary>
/// frame_system <c>BlockWeights</c> and <c>BlockLength</c> as subtensor configures them
/// (runtime/src/lib.rs: <c>with_sensible_defaults(4 s of ref time × u64::MAX proof, 75% normal)</c>,
/// <c>max_with_normal_ratio(10 MiB, 75%)</c>). The numbers are the decoded BlockWeights/BlockLength constants of finney's
/// metadata; the per-extrinsic base weight (ExtrinsicBaseWeight) is the one in those constants, 108 157 000 ref time.
/// </summary>
public static class BlockLimits
{
    public static Framework.Weight BaseBlock { get; } = new(431_614_000, 0);

    public static Framework.Weight MaxBlock { get; } = new(4_000_000_000_000, ulong.MaxValue);

    /// <summary>frame_support ExtrinsicBaseWeight (the same for every class).</summary>
    public static Framework.Weight BaseExtrinsic { get; } = new(108_157_000, 0);

    /// <summary>Normal: max_extrinsic, max_total; Operational: max_extrinsic, max_total, reserved; Mandatory: unlimited.</summary>
    public static Framework.Weight NormalMaxExtrinsic { get; } = new(2_599_891_843_000, 11_990_383_647_911_208_550);

    public static Framework.Weight NormalMaxTotal { get; } = new(3_000_000_000_000, 13_835_058_055_282_163_711);

    public static Framework.Weight OperationalMaxExtrinsic { get; } = new(3_599_891_843_000, 16_602_069_666_338_596_454);

    public static Framework.Weight OperationalMaxTotal { get; } = new(4_000_000_000_000, ulong.MaxValue);

    public static Framework.Weight OperationalReserved { get; } = new(1_000_000_000_000, 4_611_686_018_427_387_904);

    /// <summary>BlockLength.max per class: normal 75% of 10 MiB, operational and mandatory 10 MiB.</summary>
    public static uint MaxLength(Framework.DispatchClass dispatchClass) => dispatchClass == Framework.DispatchClass.Normal ? 7_864_320u : 10_485_760u;

    public static Framework.Weight? MaxExtrinsic(Framework.DispatchClass dispatchClass) => dispatchClass switch
    {
        Framework.DispatchClass.Normal => NormalMaxExtrinsic,
        Framework.DispatchClass.Operational => OperationalMaxExtrinsic,
        _ => null,
    };

    public static Framework.Weight? MaxTotal(Framework.DispatchClass dispatchClass) => dispatchClass switch
    {
        Framework.DispatchClass.Normal => NormalMaxTotal,
        Framework.DispatchClass.Operational => OperationalMaxTotal,
        _ => null,
    };

    public static Framework.Weight? Reserved(Framework.DispatchClass dispatchClass) => dispatchClass switch
    {
        Framework.DispatchClass.Normal => new Framework.Weight(0, 0),
        Framework.DispatchClass.Operational => OperationalReserved,
        _ => null,
    };

    /// <summary>The SCALE value of the System.BlockWeights constant (finney metadata, byte for byte).</summary>
    public static byte[] EncodedBlockWeights { get; } = Core.Primitives.Hex.Decode(
        "0xc2a0e766000b00409452a30313ffffffffffffffff2261c91900010bb837a1555d021366666666666666a6010b0030ef7dba0213ffffffffffffffbf0100002261c91900010bb847462a46031366666666666666e6010b00409452a30313ffffffffffffffff01070010a5d4e81300000000000000402261c91900000000");

    /// <summary>RocksDbWeight: 25 µs per read, 100 µs per write (frame_support::weights::constants).</summary>
    public const ulong DbRead = 25_000_000;

    public const ulong DbWrite = 100_000_000;

    public static Framework.Weight ReadsWrites(ulong reads, ulong writes) => Framework.Weight.FromRefTime((reads * DbRead) + (writes * DbWrite));
}
