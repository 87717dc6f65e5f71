/// One of the five basic stroke kinds (笔形) by which Chinese dictionaries and
/// name lists order characters "按笔画": 横 竖 撇 点 折, in that order.
///
/// The raw values 1...5 are the digits used by the stroke-order standards
/// (《GB13000.1字符集汉字笔顺规范》 GF 3002-1999, 《通用规范汉字笔顺规范》
/// GF 0023-2020), where the ordering rule comes from: fewer strokes first, then
/// the first stroke's kind 横 < 竖 < 撇 < 点 < 折, then the second, and so on.
public enum StrokeKind: UInt8, Sendable {
    /// 横 (héng), horizontal; includes 提 (rising stroke). Digit 1.
    case heng = 1
    /// 竖 (shù), vertical; includes 竖钩 (亅). Digit 2.
    case shu
    /// 撇 (piě), left-falling. Digit 3.
    case pie
    /// 点 (diǎn), dot; includes 捺 (right-falling). Digit 4.
    case dian
    /// 折 (zhé), every stroke with a turn, e.g. 𠃍 乚 乛 𠃌 ㇉; digit 5.
    case zhe
}
