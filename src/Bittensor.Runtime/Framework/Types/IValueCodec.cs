using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>
/// Maps a named type (composite or variant) to a CLR value, e.g. <c>sp_core::crypto::AccountId32</c> to
/// <see cref="Bittensor.Core.Primitives.AccountId32"/>, so dynamic values stay typed where it matters.
/// </summary>
public interface IValueCodec
{
    void Encode(object? value, ref ScaleWriter writer);

    object? Decode(ref ScaleReader reader, IScaleValueContext? context);
}
