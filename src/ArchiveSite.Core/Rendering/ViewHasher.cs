using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ArchiveSite.Common;

namespace ArchiveSite.Rendering;

/// <summary>Hashes view values member by member, straight into a byte buffer: what <see cref="ViewFingerprint"/> takes of
/// a page, for one update.</summary>
/// <remarks>
/// The walk is mechanical, as serialising is: every public instance property of a record or class, in declaration order
/// (computed ones included), each list item, each map entry; a value's runtime type is written where the declared type
/// could hold others (<c>object</c>, an interface, an unsealed class), null is written as null, and every string and
/// list carries its length, so two different values never give the same bytes. A type the walk cannot read (a struct of
/// its own, a span) fails loudly instead of being left out. A digest card is shared by every listing that shows the
/// digest (<see cref="SiteViews.CardOf"/>), so its hash is taken once per update and written where it appears; the memo
/// is by reference, within this hasher's one update, over records that are never changed after they are made.
/// </remarks>
internal sealed class ViewHasher
{
    private const int HashBytes = 16;
    private static readonly ConcurrentDictionary<Type, TypePlan> Plans = new();
    private ConcurrentDictionary<object, byte[]>? _memo; // Made when the first card is met.
    private readonly Func<Model.Digest, string>? _digestKey;

    /// <param name="digestKey">What stands for a digest wherever one is met, instead of its members (the keys of the files
    /// beside the pages: <c>Output/SiteFileKey</c>); null walks a digest as any other record.</param>
    public ViewHasher(Func<Model.Digest, string>? digestKey = null) => _digestKey = digestKey;

    // One buffer per thread and depth of memoised value, reused page after page.
    [ThreadStatic]
    private static Stack<ArrayBufferWriter<byte>>? t_buffers;

    /// <summary>The first 16 bytes of the SHA-256 of what <paramref name="write"/> writes, as hex.</summary>
    public string Hash(Action<Writer> write)
    {
        var buffer = Rent();
        try
        {
            write(new Writer(this, buffer));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.WrittenSpan, hash);
            return Convert.ToHexString(hash[..HashBytes]);
        }
        finally
        {
            Return(buffer);
        }
    }

    private static ArrayBufferWriter<byte> Rent()
    {
        var buffers = t_buffers ??= new Stack<ArrayBufferWriter<byte>>();
        var buffer = buffers.Count > 0 ? buffers.Pop() : new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static void Return(ArrayBufferWriter<byte> buffer) => t_buffers!.Push(buffer);

    private byte[] Memoised(object value, TypePlan plan)
    {
        var memo = LazyInitializer.EnsureInitialized(ref _memo, () => new ConcurrentDictionary<object, byte[]>(ReferenceEqualityComparer.Instance));
        if (memo.TryGetValue(value, out var known))
        {
            return known;
        }

        var buffer = Rent();
        try
        {
            new Writer(this, buffer).Members(value, plan);
            var hash = SHA256.HashData(buffer.WrittenSpan)[..HashBytes];
            return memo.GetOrAdd(value, hash);
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>Writes values into one page's buffer.</summary>
    public readonly struct Writer
    {
        private const byte Null = 0;
        private const byte Present = 1;
        private const byte Item = 2;
        private const byte End = 3;
        private readonly ViewHasher _owner;
        private readonly ArrayBufferWriter<byte> _buffer;

        internal Writer(ViewHasher owner, ArrayBufferWriter<byte> buffer) => (_owner, _buffer) = (owner, buffer);

        public void String(string? value)
        {
            if (value is null)
            {
                Byte(Null);
                return;
            }

            Byte(Present);
            Int(value.Length);
            Bytes(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        /// <summary>Any value the views hold, walked by its declared type.</summary>
        public void Value(object? value, Type declared) => Value(value, PlanOf(declared));

        private void Value(object? value, TypePlan plan)
        {
            if (value is null)
            {
                Byte(Null);
                return;
            }

            Byte(Present);
            if (!plan.Exact)
            {
                // Another type could stand here: its name is part of the value.
                plan = PlanOf(value.GetType());
                String(plan.Type.FullName);
            }

            Known(value, plan);
        }

        internal void Members(object value, TypePlan plan)
        {
            foreach (var member in plan.Members)
            {
                Value(member.Get(value), member.Plan);
            }
        }

        private void Known(object value, TypePlan plan)
        {
            switch (plan.Kind)
            {
                case Kind.String:
                    var text = (string)value;
                    Int(text.Length);
                    Bytes(MemoryMarshal.AsBytes(text.AsSpan()));
                    break;
                case Kind.Boolean:
                    Byte((bool)value ? (byte)1 : (byte)0);
                    break;
                case Kind.Int32:
                    Int((int)value);
                    break;
                case Kind.Int64:
                    Long((long)value);
                    break;
                case Kind.Double:
                    Long(BitConverter.DoubleToInt64Bits((double)value));
                    break;
                case Kind.Decimal:
                    String(((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Kind.DateOnly:
                    Int(((DateOnly)value).DayNumber);
                    break;
                case Kind.Enum:
                    Long(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Kind.Uri:
                    String(((Uri)value).OriginalString);
                    break;
                case Kind.Html:
                    // The body's own hash, made once per body, stands for its bytes: a page holding a 5 KB body
                    // writes 36 bytes here, and a stored body is read back once, not once per fingerprint.
                    var html = (Model.Utf8Html)value;
                    Int(html.Length);
                    _buffer.Write(html.ContentHash);
                    break;
                case Kind.List:
                    var itemPlan = PlanOf(plan.ItemType!);
                    if (value is IList list)
                    {
                        for (var i = 0; i < list.Count; i++)
                        {
                            Byte(Item);
                            Value(list[i], itemPlan);
                        }
                    }
                    else
                    {
                        foreach (var item in (IEnumerable)value)
                        {
                            Byte(Item);
                            Value(item, itemPlan);
                        }
                    }

                    Byte(End);
                    break;
                case Kind.Memoised:
                    Bytes(_owner.Memoised(value, plan));
                    break;
                case Kind.Digest when _owner._digestKey is { } key:
                    String(key((Model.Digest)value));
                    break;
                default:
                    Members(value, plan);
                    break;
            }
        }

        private void Byte(byte value) => _buffer.WriteByte(value);

        private void Int(int value) => _buffer.WriteInt32(value);

        private void Long(long value) => _buffer.WriteInt64(value);

        private void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);
    }

    internal enum Kind
    {
        Object,
        Memoised,
        Digest,
        String,
        Boolean,
        Int32,
        Int64,
        Double,
        Decimal,
        DateOnly,
        Enum,
        Uri,
        Html,
        List,
    }

    /// <summary>How values of one type are written; made once per type, from reflection.</summary>
    internal sealed class TypePlan
    {
        public required Type Type { get; init; }

        public required Kind Kind { get; init; }

        /// <summary>True when no value of another type can stand where this type is declared.</summary>
        public required bool Exact { get; init; }

        public Type? ItemType { get; init; }

        public Member[] Members { get; set; } = []; // An array: walked for every value, and a list's enumerator is boxed.
    }

    internal sealed record Member(Type Type, Func<object, object?> Get)
    {
        /// <summary>The declared type's plan, looked up when first walked (not when made: a record may hold its own type).</summary>
        public TypePlan Plan => _plan ??= PlanOf(Type);

        private TypePlan? _plan;
    }

    private static TypePlan PlanOf(Type type) => Plans.TryGetValue(type, out var plan) ? plan : Plans.GetOrAdd(type, Make);

    private static TypePlan Make(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return PlanOf(underlying); // A boxed Nullable<T> is a T, or null.
        }

        var exact = type.IsValueType || type.IsSealed;
        Kind? simple = type == typeof(string) ? Kind.String
            : type == typeof(bool) ? Kind.Boolean
            : type == typeof(int) ? Kind.Int32
            : type == typeof(long) ? Kind.Int64
            : type == typeof(double) ? Kind.Double
            : type == typeof(decimal) ? Kind.Decimal
            : type == typeof(DateOnly) ? Kind.DateOnly
            : type.IsEnum ? Kind.Enum
            : type == typeof(Uri) ? Kind.Uri
            : type == typeof(Model.Utf8Html) ? Kind.Html
            : null;
        if (simple is { } kind)
        {
            return new TypePlan { Type = type, Kind = kind, Exact = exact || kind == Kind.String };
        }

        if (type != typeof(object) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType()!
                : (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : null)?.GetGenericArguments()[0]
                ?? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
                ?? typeof(object);

            // Any list of the same items is written the same way, whatever its class.
            return new TypePlan { Type = type, Kind = Kind.List, Exact = true, ItemType = item };
        }

        if (type == typeof(object) || type.IsInterface || type.IsAbstract)
        {
            return new TypePlan { Type = type, Kind = Kind.Object, Exact = false };
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToList();
        if (type.IsValueType && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)) && !IsRecord(type))
        {
            throw new NotSupportedException($"a view holds a {type.FullName}, which the fingerprint cannot read");
        }

        if (properties.Any(p => p.PropertyType.IsByRefLike))
        {
            throw new NotSupportedException($"a view holds a {type.FullName}, whose {properties.First(p => p.PropertyType.IsByRefLike).Name} the fingerprint cannot read");
        }

        var plan = new TypePlan { Type = type, Kind = type == typeof(DigestCard) ? Kind.Memoised : type == typeof(Model.Digest) ? Kind.Digest : Kind.Object, Exact = exact };
        plan.Members = [.. properties.Select(p => new Member(p.PropertyType, Common.PropertyAccessors.Getter(p)))];
        return plan;
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
