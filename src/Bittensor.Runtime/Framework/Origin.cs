using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Framework;

/// <summary>The origin of a dispatch (<c>frame_system::RawOrigin</c>): Root, Signed(account) or None (inherents, unsigned).</summary>
public readonly record struct Origin(OriginKind Kind, AccountId32 Account)
{
    public static Origin Root => new(OriginKind.Root, default);

    public static Origin None => new(OriginKind.None, default);

    public static Origin Signed(in AccountId32 account) => new(OriginKind.Signed, account);

    public bool IsRoot => Kind == OriginKind.Root;

    public bool IsNone => Kind == OriginKind.None;

    /// <summary><c>ensure_signed</c>: the signer, or false (the caller returns <see cref="DispatchError.BadOrigin"/>).</summary>
    public bool TryGetSigner(out AccountId32 signer)
    {
        signer = Account;
        return Kind == OriginKind.Signed;
    }

    public override string ToString() => Kind == OriginKind.Signed ? $"Signed({Account})" : Kind.ToString();
}
