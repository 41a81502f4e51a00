using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bittensor.Core.Crypto;

/// <summary>
/// The Keccak-f[1600] permutation (FIPS 202 §3), the core of STROBE/Merlin. .NET's SHA-3 classes do not expose
/// the bare permutation, so it is written out here: 25 lanes held in locals, one round body unrolled
/// (θ, ρ+π, χ, ι), no allocation.
/// </summary>
public static class Keccak1600
{
    /// <summary>Number of 64-bit lanes in the state.</summary>
    public const int Lanes = 25;

    /// <summary>State size in bytes.</summary>
    public const int StateBytes = 200;

    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>Applies the 24-round permutation in place. Lane <c>x + 5y</c> holds A[x, y] (little-endian bytes).</summary>
    public static void Permute(Span<ulong> state)
    {
        if (state.Length != Lanes)
        {
            throw new ArgumentException($"Keccak-f[1600] state is {Lanes} lanes, got {state.Length}.", nameof(state));
        }

        Permute(ref MemoryMarshal.GetReference(state));
    }

    /// <summary>Applies the permutation to a 200-byte state viewed as bytes (the byte order STROBE uses).</summary>
    public static void Permute(Span<byte> state)
    {
        if (state.Length != StateBytes)
        {
            throw new ArgumentException($"Keccak-f[1600] state is {StateBytes} bytes, got {state.Length}.", nameof(state));
        }

        if (!BitConverter.IsLittleEndian)
        {
            // Lanes are little-endian; a big-endian host would need byte swaps this code does not do.
            throw new PlatformNotSupportedException("Keccak1600 byte-view permutation requires a little-endian host.");
        }

        Permute(ref Unsafe.As<byte, ulong>(ref MemoryMarshal.GetReference(state)));
    }

    [SkipLocalsInit]
    internal static void Permute(ref ulong a)
    {
        // Names follow the Keccak team's convention: rows b,g,k,m,s are y = 0..4, columns a,e,i,o,u are x = 0..4.
        ulong aba = a, abe = Unsafe.Add(ref a, 1), abi = Unsafe.Add(ref a, 2), abo = Unsafe.Add(ref a, 3), abu = Unsafe.Add(ref a, 4);
        ulong aga = Unsafe.Add(ref a, 5), age = Unsafe.Add(ref a, 6), agi = Unsafe.Add(ref a, 7), ago = Unsafe.Add(ref a, 8), agu = Unsafe.Add(ref a, 9);
        ulong aka = Unsafe.Add(ref a, 10), ake = Unsafe.Add(ref a, 11), aki = Unsafe.Add(ref a, 12), ako = Unsafe.Add(ref a, 13), aku = Unsafe.Add(ref a, 14);
        ulong ama = Unsafe.Add(ref a, 15), ame = Unsafe.Add(ref a, 16), ami = Unsafe.Add(ref a, 17), amo = Unsafe.Add(ref a, 18), amu = Unsafe.Add(ref a, 19);
        ulong asa = Unsafe.Add(ref a, 20), ase = Unsafe.Add(ref a, 21), asi = Unsafe.Add(ref a, 22), aso = Unsafe.Add(ref a, 23), asu = Unsafe.Add(ref a, 24);

        ReadOnlySpan<ulong> rc = RoundConstants;
        for (int round = 0; round < 24; round++)
        {
            // θ: column parities.
            ulong ca = aba ^ aga ^ aka ^ ama ^ asa;
            ulong ce = abe ^ age ^ ake ^ ame ^ ase;
            ulong ci = abi ^ agi ^ aki ^ ami ^ asi;
            ulong co = abo ^ ago ^ ako ^ amo ^ aso;
            ulong cu = abu ^ agu ^ aku ^ amu ^ asu;
            ulong da = cu ^ BitOperations.RotateLeft(ce, 1);
            ulong de = ca ^ BitOperations.RotateLeft(ci, 1);
            ulong di = ce ^ BitOperations.RotateLeft(co, 1);
            ulong dO = ci ^ BitOperations.RotateLeft(cu, 1);
            ulong du = co ^ BitOperations.RotateLeft(ca, 1);

            // ρ and π move A[x,y] to B[y, 2x+3y]; each output row is then mixed by χ. Row y' = 0 also takes ι.
            ulong b0 = aba ^ da;
            ulong b1 = BitOperations.RotateLeft(age ^ de, 44);
            ulong b2 = BitOperations.RotateLeft(aki ^ di, 43);
            ulong b3 = BitOperations.RotateLeft(amo ^ dO, 21);
            ulong b4 = BitOperations.RotateLeft(asu ^ du, 14);
            ulong eba = b0 ^ (~b1 & b2) ^ rc[round];
            ulong ebe = b1 ^ (~b2 & b3);
            ulong ebi = b2 ^ (~b3 & b4);
            ulong ebo = b3 ^ (~b4 & b0);
            ulong ebu = b4 ^ (~b0 & b1);

            b0 = BitOperations.RotateLeft(abo ^ dO, 28);
            b1 = BitOperations.RotateLeft(agu ^ du, 20);
            b2 = BitOperations.RotateLeft(aka ^ da, 3);
            b3 = BitOperations.RotateLeft(ame ^ de, 45);
            b4 = BitOperations.RotateLeft(asi ^ di, 61);
            ulong ega = b0 ^ (~b1 & b2);
            ulong ege = b1 ^ (~b2 & b3);
            ulong egi = b2 ^ (~b3 & b4);
            ulong ego = b3 ^ (~b4 & b0);
            ulong egu = b4 ^ (~b0 & b1);

            b0 = BitOperations.RotateLeft(abe ^ de, 1);
            b1 = BitOperations.RotateLeft(agi ^ di, 6);
            b2 = BitOperations.RotateLeft(ako ^ dO, 25);
            b3 = BitOperations.RotateLeft(amu ^ du, 8);
            b4 = BitOperations.RotateLeft(asa ^ da, 18);
            ulong eka = b0 ^ (~b1 & b2);
            ulong eke = b1 ^ (~b2 & b3);
            ulong eki = b2 ^ (~b3 & b4);
            ulong eko = b3 ^ (~b4 & b0);
            ulong eku = b4 ^ (~b0 & b1);

            b0 = BitOperations.RotateLeft(abu ^ du, 27);
            b1 = BitOperations.RotateLeft(aga ^ da, 36);
            b2 = BitOperations.RotateLeft(ake ^ de, 10);
            b3 = BitOperations.RotateLeft(ami ^ di, 15);
            b4 = BitOperations.RotateLeft(aso ^ dO, 56);
            ulong ema = b0 ^ (~b1 & b2);
            ulong eme = b1 ^ (~b2 & b3);
            ulong emi = b2 ^ (~b3 & b4);
            ulong emo = b3 ^ (~b4 & b0);
            ulong emu = b4 ^ (~b0 & b1);

            b0 = BitOperations.RotateLeft(abi ^ di, 62);
            b1 = BitOperations.RotateLeft(ago ^ dO, 55);
            b2 = BitOperations.RotateLeft(aku ^ du, 39);
            b3 = BitOperations.RotateLeft(ama ^ da, 41);
            b4 = BitOperations.RotateLeft(ase ^ de, 2);
            ulong esa = b0 ^ (~b1 & b2);
            ulong ese = b1 ^ (~b2 & b3);
            ulong esi = b2 ^ (~b3 & b4);
            ulong eso = b3 ^ (~b4 & b0);
            ulong esu = b4 ^ (~b0 & b1);

            aba = eba; abe = ebe; abi = ebi; abo = ebo; abu = ebu;
            aga = ega; age = ege; agi = egi; ago = ego; agu = egu;
            aka = eka; ake = eke; aki = eki; ako = eko; aku = eku;
            ama = ema; ame = eme; ami = emi; amo = emo; amu = emu;
            asa = esa; ase = ese; asi = esi; aso = eso; asu = esu;
        }

        a = aba; Unsafe.Add(ref a, 1) = abe; Unsafe.Add(ref a, 2) = abi; Unsafe.Add(ref a, 3) = abo; Unsafe.Add(ref a, 4) = abu;
        Unsafe.Add(ref a, 5) = aga; Unsafe.Add(ref a, 6) = age; Unsafe.Add(ref a, 7) = agi; Unsafe.Add(ref a, 8) = ago; Unsafe.Add(ref a, 9) = agu;
        Unsafe.Add(ref a, 10) = aka; Unsafe.Add(ref a, 11) = ake; Unsafe.Add(ref a, 12) = aki; Unsafe.Add(ref a, 13) = ako; Unsafe.Add(ref a, 14) = aku;
        Unsafe.Add(ref a, 15) = ama; Unsafe.Add(ref a, 16) = ame; Unsafe.Add(ref a, 17) = ami; Unsafe.Add(ref a, 18) = amo; Unsafe.Add(ref a, 19) = amu;
        Unsafe.Add(ref a, 20) = asa; Unsafe.Add(ref a, 21) = ase; Unsafe.Add(ref a, 22) = asi; Unsafe.Add(ref a, 23) = aso; Unsafe.Add(ref a, 24) = asu;
    }
}
