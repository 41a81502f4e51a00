using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Bittensor.Core.Crypto;

/// <summary>
/// The subset of STROBE-128 (v1.0.2) that Merlin uses — meta-AD, AD, PRF and KEY — byte-for-byte as
/// dalek-cryptography/merlin src/strobe.rs. A value type: copying it forks the duplex state.
/// </summary>
internal struct Strobe128
{
    /// <summary>STROBE rate for the 128-bit security level: 200 − 2·(128/8) − 2.</summary>
    internal const int Rate = 166;

    private const byte FlagI = 1;
    private const byte FlagA = 1 << 1;
    private const byte FlagC = 1 << 2;
    private const byte FlagM = 1 << 4;
    private const byte FlagK = 1 << 5;

    private KeccakState _state;
    private int _pos;
    private byte _posBegin;
    private byte _curFlags;

    /// <summary>Initialises the sponge (<c>[1, R+2, 1, 0, 1, 96] ‖ "STROBEv1.0.2"</c>, permute) and meta-ADs the protocol label.</summary>
    internal Strobe128(ReadOnlySpan<byte> protocolLabel)
    {
        Span<byte> st = State;
        st.Clear();
        ReadOnlySpan<byte> domain = [1, Rate + 2, 1, 0, 1, 96];
        domain.CopyTo(st);
        "STROBEv1.0.2"u8.CopyTo(st[6..]);
        Keccak1600.Permute(ref _state[0]);
        _pos = 0;
        _posBegin = 0;
        _curFlags = 0;
        MetaAd(protocolLabel, more: false);
    }

    [UnscopedRef]
    private Span<byte> State => MemoryMarshal.AsBytes((Span<ulong>)_state);

    internal void MetaAd(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagM | FlagA, more);
        Absorb(data);
    }

    internal void Ad(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA, more);
        Absorb(data);
    }

    internal void Prf(Span<byte> destination, bool more)
    {
        BeginOp(FlagI | FlagA | FlagC, more);
        Squeeze(destination);
    }

    internal void Key(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA | FlagC, more);
        Overwrite(data);
    }

    /// <summary>Zeroes the state (it may hold key material after a witness rekey).</summary>
    internal void Clear()
    {
        State.Clear();
        _pos = 0;
        _posBegin = 0;
        _curFlags = 0;
    }

    private void RunF()
    {
        Span<byte> st = State;
        st[_pos] ^= _posBegin;
        st[_pos + 1] ^= 0x04;
        st[Rate + 1] ^= 0x80;
        Keccak1600.Permute(ref _state[0]);
        _pos = 0;
        _posBegin = 0;
    }

    private void Absorb(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, data.Length);
            Xor(State.Slice(_pos, n), data[..n]);
            _pos += n;
            data = data[n..];
            if (_pos == Rate)
            {
                RunF();
            }
        }
    }

    private void AbsorbByte(byte value)
    {
        State[_pos] ^= value;
        _pos++;
        if (_pos == Rate)
        {
            RunF();
        }
    }

    private void Overwrite(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, data.Length);
            data[..n].CopyTo(State.Slice(_pos, n));
            _pos += n;
            data = data[n..];
            if (_pos == Rate)
            {
                RunF();
            }
        }
    }

    private void Squeeze(Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, destination.Length);
            Span<byte> chunk = State.Slice(_pos, n);
            chunk.CopyTo(destination);
            chunk.Clear();
            _pos += n;
            destination = destination[n..];
            if (_pos == Rate)
            {
                RunF();
            }
        }
    }

    private void BeginOp(byte flags, bool more)
    {
        if (more)
        {
            // Continuing an operation: merlin asserts the flags match; a mismatch is a programming error here too.
            if (_curFlags != flags)
            {
                throw new InvalidOperationException($"STROBE: cannot continue op 0x{_curFlags:x2} with flags 0x{flags:x2}.");
            }

            return;
        }

        byte oldBegin = _posBegin;
        _posBegin = (byte)(_pos + 1);
        _curFlags = flags;
        AbsorbByte(oldBegin);
        AbsorbByte(flags);

        // C and K operations start on a fresh block.
        if ((flags & (FlagC | FlagK)) != 0 && _pos != 0)
        {
            RunF();
        }
    }

    private static void Xor(Span<byte> destination, ReadOnlySpan<byte> source)
    {
        int i = 0;
        for (; i + 8 <= source.Length; i += 8)
        {
            ulong d = MemoryMarshal.Read<ulong>(destination[i..]);
            ulong s = MemoryMarshal.Read<ulong>(source[i..]);
            MemoryMarshal.Write(destination[i..], d ^ s);
        }

        for (; i < source.Length; i++)
        {
            destination[i] ^= source[i];
        }
    }
}
