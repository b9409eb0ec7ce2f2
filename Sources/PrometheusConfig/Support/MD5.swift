/// Prometheus's `hashmod`: MD5 of the source value, the last 8 of the 16
/// digest bytes read as a big-endian unsigned 64-bit number, modulo the
/// modulus. halint needs the exact shard numbers Prometheus computes, not a
/// secure hash.
public enum HashMod {
    /// The shard Prometheus's `hashmod` assigns to `value`.
    public static func shard(of value: String, modulus: UInt64) -> UInt64 {
        precondition(modulus > 0, "hashmod needs a non-zero modulus")
        return hash(of: value) % modulus
    }

    /// The 64-bit number `hashmod` reduces modulo the modulus. Kept whole so
    /// that one digest answers for every shard count (resharding plans).
    @inline(__always)
    public static func hash(of value: String) -> UInt64 {
        if let hash = value.utf8.withContiguousStorageIfAvailable({ hash(of: UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        var copy = value
        return copy.withUTF8 { hash(of: UnsafeRawBufferPointer($0)) }
    }

    public static func hash(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        let state = MD5.state(of: bytes)
        // Digest bytes 8…15 are the little-endian words c and d.
        let c = UInt64(state.c.byteSwapped)
        let d = UInt64(state.d.byteSwapped)
        return c << 32 | d
    }

    /// The whole 16-byte digest, for tests and traces.
    public static func digest(of value: String) -> [UInt8] {
        MD5.digest(Array(value.utf8))
    }
}

/// MD5 (RFC 1321) over a buffer in one call, with no allocation: a million
/// targets hash a million short addresses, and a general streaming hasher
/// (swift-crypto's allocates a context object per digest) spent more time
/// around the compression function than in it.
enum MD5 {
    struct State {
        var a: UInt32 = 0x6745_2301
        var b: UInt32 = 0xefcd_ab89
        var c: UInt32 = 0x98ba_dcfe
        var d: UInt32 = 0x1032_5476
    }

    static func digest(_ message: [UInt8]) -> [UInt8] {
        let state = message.withUnsafeBytes { MD5.state(of: $0) }
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for word in [state.a, state.b, state.c, state.d] {
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return out
    }

    /// The final state; the digest is its four words, little-endian.
    static func state(of message: UnsafeRawBufferPointer) -> State {
        var state = State()
        let whole = message.count & ~63
        var offset = 0
        while offset < whole {
            compress(&state, UnsafeRawBufferPointer(rebasing: message[offset..<offset + 64]))
            offset += 64
        }
        // The tail, the 0x80 marker and the bit length, in one or two blocks
        // built on the stack.
        let rest = message.count - whole
        let blocks = rest < 56 ? 1 : 2
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { buffer in
            buffer.initializeMemory(as: UInt8.self, repeating: 0)
            if rest > 0 {
                buffer.baseAddress!.copyMemory(from: message.baseAddress! + whole, byteCount: rest)
            }
            buffer[rest] = 0x80
            let bits = UInt64(message.count) &* 8
            buffer.storeBytes(of: bits.littleEndian, toByteOffset: blocks * 64 - 8, as: UInt64.self)
            let tail = UnsafeRawBufferPointer(buffer)
            compress(&state, UnsafeRawBufferPointer(rebasing: tail[0..<64]))
            if blocks == 2 { compress(&state, UnsafeRawBufferPointer(rebasing: tail[64..<128])) }
        }
        return state
    }

    @inline(__always)
    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &<< n) | (x &>> (32 &- n)) }

    /// One 64-byte block, the 64 steps unrolled with their constants.
    @inline(__always)
    private static func compress(_ state: inout State, _ block: UnsafeRawBufferPointer) {
        let m0 = word(block, 0), m1 = word(block, 1), m2 = word(block, 2), m3 = word(block, 3)
        let m4 = word(block, 4), m5 = word(block, 5), m6 = word(block, 6), m7 = word(block, 7)
        let m8 = word(block, 8), m9 = word(block, 9), m10 = word(block, 10), m11 = word(block, 11)
        let m12 = word(block, 12), m13 = word(block, 13), m14 = word(block, 14), m15 = word(block, 15)
        var a = state.a, b = state.b, c = state.c, d = state.d
        a = b &+ rotl(a &+ (((c ^ d) & b) ^ d) &+ m0 &+ 0xd76aa478, 7)
        d = a &+ rotl(d &+ (((b ^ c) & a) ^ c) &+ m1 &+ 0xe8c7b756, 12)
        c = d &+ rotl(c &+ (((a ^ b) & d) ^ b) &+ m2 &+ 0x242070db, 17)
        b = c &+ rotl(b &+ (((d ^ a) & c) ^ a) &+ m3 &+ 0xc1bdceee, 22)
        a = b &+ rotl(a &+ (((c ^ d) & b) ^ d) &+ m4 &+ 0xf57c0faf, 7)
        d = a &+ rotl(d &+ (((b ^ c) & a) ^ c) &+ m5 &+ 0x4787c62a, 12)
        c = d &+ rotl(c &+ (((a ^ b) & d) ^ b) &+ m6 &+ 0xa8304613, 17)
        b = c &+ rotl(b &+ (((d ^ a) & c) ^ a) &+ m7 &+ 0xfd469501, 22)
        a = b &+ rotl(a &+ (((c ^ d) & b) ^ d) &+ m8 &+ 0x698098d8, 7)
        d = a &+ rotl(d &+ (((b ^ c) & a) ^ c) &+ m9 &+ 0x8b44f7af, 12)
        c = d &+ rotl(c &+ (((a ^ b) & d) ^ b) &+ m10 &+ 0xffff5bb1, 17)
        b = c &+ rotl(b &+ (((d ^ a) & c) ^ a) &+ m11 &+ 0x895cd7be, 22)
        a = b &+ rotl(a &+ (((c ^ d) & b) ^ d) &+ m12 &+ 0x6b901122, 7)
        d = a &+ rotl(d &+ (((b ^ c) & a) ^ c) &+ m13 &+ 0xfd987193, 12)
        c = d &+ rotl(c &+ (((a ^ b) & d) ^ b) &+ m14 &+ 0xa679438e, 17)
        b = c &+ rotl(b &+ (((d ^ a) & c) ^ a) &+ m15 &+ 0x49b40821, 22)
        a = b &+ rotl(a &+ (((b ^ c) & d) ^ c) &+ m1 &+ 0xf61e2562, 5)
        d = a &+ rotl(d &+ (((a ^ b) & c) ^ b) &+ m6 &+ 0xc040b340, 9)
        c = d &+ rotl(c &+ (((d ^ a) & b) ^ a) &+ m11 &+ 0x265e5a51, 14)
        b = c &+ rotl(b &+ (((c ^ d) & a) ^ d) &+ m0 &+ 0xe9b6c7aa, 20)
        a = b &+ rotl(a &+ (((b ^ c) & d) ^ c) &+ m5 &+ 0xd62f105d, 5)
        d = a &+ rotl(d &+ (((a ^ b) & c) ^ b) &+ m10 &+ 0x02441453, 9)
        c = d &+ rotl(c &+ (((d ^ a) & b) ^ a) &+ m15 &+ 0xd8a1e681, 14)
        b = c &+ rotl(b &+ (((c ^ d) & a) ^ d) &+ m4 &+ 0xe7d3fbc8, 20)
        a = b &+ rotl(a &+ (((b ^ c) & d) ^ c) &+ m9 &+ 0x21e1cde6, 5)
        d = a &+ rotl(d &+ (((a ^ b) & c) ^ b) &+ m14 &+ 0xc33707d6, 9)
        c = d &+ rotl(c &+ (((d ^ a) & b) ^ a) &+ m3 &+ 0xf4d50d87, 14)
        b = c &+ rotl(b &+ (((c ^ d) & a) ^ d) &+ m8 &+ 0x455a14ed, 20)
        a = b &+ rotl(a &+ (((b ^ c) & d) ^ c) &+ m13 &+ 0xa9e3e905, 5)
        d = a &+ rotl(d &+ (((a ^ b) & c) ^ b) &+ m2 &+ 0xfcefa3f8, 9)
        c = d &+ rotl(c &+ (((d ^ a) & b) ^ a) &+ m7 &+ 0x676f02d9, 14)
        b = c &+ rotl(b &+ (((c ^ d) & a) ^ d) &+ m12 &+ 0x8d2a4c8a, 20)
        a = b &+ rotl(a &+ (b ^ c ^ d) &+ m5 &+ 0xfffa3942, 4)
        d = a &+ rotl(d &+ (a ^ b ^ c) &+ m8 &+ 0x8771f681, 11)
        c = d &+ rotl(c &+ (d ^ a ^ b) &+ m11 &+ 0x6d9d6122, 16)
        b = c &+ rotl(b &+ (c ^ d ^ a) &+ m14 &+ 0xfde5380c, 23)
        a = b &+ rotl(a &+ (b ^ c ^ d) &+ m1 &+ 0xa4beea44, 4)
        d = a &+ rotl(d &+ (a ^ b ^ c) &+ m4 &+ 0x4bdecfa9, 11)
        c = d &+ rotl(c &+ (d ^ a ^ b) &+ m7 &+ 0xf6bb4b60, 16)
        b = c &+ rotl(b &+ (c ^ d ^ a) &+ m10 &+ 0xbebfbc70, 23)
        a = b &+ rotl(a &+ (b ^ c ^ d) &+ m13 &+ 0x289b7ec6, 4)
        d = a &+ rotl(d &+ (a ^ b ^ c) &+ m0 &+ 0xeaa127fa, 11)
        c = d &+ rotl(c &+ (d ^ a ^ b) &+ m3 &+ 0xd4ef3085, 16)
        b = c &+ rotl(b &+ (c ^ d ^ a) &+ m6 &+ 0x04881d05, 23)
        a = b &+ rotl(a &+ (b ^ c ^ d) &+ m9 &+ 0xd9d4d039, 4)
        d = a &+ rotl(d &+ (a ^ b ^ c) &+ m12 &+ 0xe6db99e5, 11)
        c = d &+ rotl(c &+ (d ^ a ^ b) &+ m15 &+ 0x1fa27cf8, 16)
        b = c &+ rotl(b &+ (c ^ d ^ a) &+ m2 &+ 0xc4ac5665, 23)
        a = b &+ rotl(a &+ (c ^ (b | ~d)) &+ m0 &+ 0xf4292244, 6)
        d = a &+ rotl(d &+ (b ^ (a | ~c)) &+ m7 &+ 0x432aff97, 10)
        c = d &+ rotl(c &+ (a ^ (d | ~b)) &+ m14 &+ 0xab9423a7, 15)
        b = c &+ rotl(b &+ (d ^ (c | ~a)) &+ m5 &+ 0xfc93a039, 21)
        a = b &+ rotl(a &+ (c ^ (b | ~d)) &+ m12 &+ 0x655b59c3, 6)
        d = a &+ rotl(d &+ (b ^ (a | ~c)) &+ m3 &+ 0x8f0ccc92, 10)
        c = d &+ rotl(c &+ (a ^ (d | ~b)) &+ m10 &+ 0xffeff47d, 15)
        b = c &+ rotl(b &+ (d ^ (c | ~a)) &+ m1 &+ 0x85845dd1, 21)
        a = b &+ rotl(a &+ (c ^ (b | ~d)) &+ m8 &+ 0x6fa87e4f, 6)
        d = a &+ rotl(d &+ (b ^ (a | ~c)) &+ m15 &+ 0xfe2ce6e0, 10)
        c = d &+ rotl(c &+ (a ^ (d | ~b)) &+ m6 &+ 0xa3014314, 15)
        b = c &+ rotl(b &+ (d ^ (c | ~a)) &+ m13 &+ 0x4e0811a1, 21)
        a = b &+ rotl(a &+ (c ^ (b | ~d)) &+ m4 &+ 0xf7537e82, 6)
        d = a &+ rotl(d &+ (b ^ (a | ~c)) &+ m11 &+ 0xbd3af235, 10)
        c = d &+ rotl(c &+ (a ^ (d | ~b)) &+ m2 &+ 0x2ad7d2bb, 15)
        b = c &+ rotl(b &+ (d ^ (c | ~a)) &+ m9 &+ 0xeb86d391, 21)
        state.a &+= a
        state.b &+= b
        state.c &+= c
        state.d &+= d
    }

    @inline(__always)
    private static func word(_ block: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        UInt32(littleEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }
}
