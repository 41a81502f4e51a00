using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bittensor.Runtime.Epoch;

/// <summary>Exact <c>n / d</c> for every u64 n by one multiply-high and shifts (libdivide's branchfull u64 scheme).</summary>
internal readonly struct UnsignedDivisor
{
    private const byte AddMarker = 0x40;
    private readonly ulong _magic;
    private readonly byte _more;

    public UnsignedDivisor(ulong d)
    {
        ArgumentOutOfRangeException.ThrowIfZero(d);
        int floorLog2 = 63 - BitOperations.LeadingZeroCount(d);
        if ((d & (d - 1)) == 0)
        {
            _magic = 0;
            _more = (byte)floorLog2;
            return;
        }

        UInt128 numerator = (UInt128)1 << (64 + floorLog2);
        ulong proposed = (ulong)(numerator / d);
        ulong rem = (ulong)(numerator % d);
        ulong e = d - rem;
        byte more;
        if (e < (1UL << floorLog2))
        {
            more = (byte)floorLog2;
        }
        else
        {
            proposed += proposed;
            ulong twiceRem = rem + rem;
            if (twiceRem >= d || twiceRem < rem)
            {
                proposed++;
            }

            more = (byte)(floorLog2 | AddMarker);
        }

        _magic = proposed + 1;
        _more = more;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Divide(ulong n)
    {
        if (_magic == 0)
        {
            return n >> _more;
        }

        // Branch-free choice between the two schemes: a row walks many columns, each with its own divisor, and whether a
        // divisor needs the add step is a coin flip.
        ulong q = Math.BigMul(n, _magic, out _);
        ulong t = ((n - q) >> 1) + q;
        ulong add = (ulong)-(long)((_more >> 6) & 1);
        return ((t & add) | (q & ~add)) >> (_more & 0x3F);
    }
}
