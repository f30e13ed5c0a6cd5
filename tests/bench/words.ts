/**
 * Word lists the synthetic corpus is built from: names and title words in Latin, Hangul and
 * Japanese, each with its romanizations, so generated entries look like the seed's and search
 * is exercised in every script it must handle. None of this is a fact about a real work.
 */

/** A Korean syllable as given names use it: Hangul, Revised Romanization, the spelling press often uses, katakana. */
export interface KoreanSyllable {
  hangul: string;
  rr: string;
  alt: string;
  kana: string;
}

const syllable = (hangul: string, rr: string, alt: string, kana: string): KoreanSyllable => ({ hangul, rr, alt, kana });

/** Korean family names, with the common and the alternative romanization. */
export const KOREAN_SURNAMES: readonly KoreanSyllable[] = [
  syllable('김', 'Kim', 'Gim', 'キム'),
  syllable('이', 'Lee', 'Yi', 'イ'),
  syllable('박', 'Park', 'Bak', 'パク'),
  syllable('최', 'Choi', 'Choe', 'チェ'),
  syllable('정', 'Jung', 'Jeong', 'チョン'),
  syllable('강', 'Kang', 'Gang', 'カン'),
  syllable('조', 'Cho', 'Jo', 'チョ'),
  syllable('윤', 'Yoon', 'Yun', 'ユン'),
  syllable('장', 'Jang', 'Chang', 'チャン'),
  syllable('임', 'Lim', 'Im', 'イム'),
  syllable('한', 'Han', 'Hahn', 'ハン'),
  syllable('오', 'Oh', 'O', 'オ'),
  syllable('서', 'Seo', 'Suh', 'ソ'),
  syllable('신', 'Shin', 'Sin', 'シン'),
  syllable('권', 'Kwon', 'Gwon', 'クォン'),
  syllable('황', 'Hwang', 'Whang', 'ファン'),
  syllable('안', 'Ahn', 'An', 'アン'),
  syllable('송', 'Song', 'Soung', 'ソン'),
  syllable('전', 'Jeon', 'Chun', 'チョン'),
  syllable('홍', 'Hong', 'Houng', 'ホン'),
  syllable('문', 'Moon', 'Mun', 'ムン'),
  syllable('양', 'Yang', 'Ryang', 'ヤン'),
  syllable('손', 'Son', 'Sohn', 'ソン'),
  syllable('배', 'Bae', 'Pae', 'ペ'),
  syllable('백', 'Baek', 'Paik', 'ペク'),
  syllable('허', 'Heo', 'Huh', 'ホ'),
  syllable('남', 'Nam', 'Nahm', 'ナム'),
  syllable('노', 'Noh', 'No', 'ノ'),
  syllable('구', 'Koo', 'Gu', 'ク'),
  syllable('유', 'Yoo', 'Yu', 'ユ'),
];

/** Syllables of Korean given names. */
export const KOREAN_GIVEN_SYLLABLES: readonly KoreanSyllable[] = [
  syllable('민', 'min', 'min', 'ミン'),
  syllable('준', 'jun', 'joon', 'ジュン'),
  syllable('서', 'seo', 'suh', 'ソ'),
  syllable('연', 'yeon', 'yun', 'ヨン'),
  syllable('지', 'ji', 'jee', 'ジ'),
  syllable('우', 'u', 'woo', 'ウ'),
  syllable('현', 'hyeon', 'hyun', 'ヒョン'),
  syllable('수', 'su', 'soo', 'ス'),
  syllable('영', 'yeong', 'young', 'ヨン'),
  syllable('하', 'ha', 'hah', 'ハ'),
  syllable('은', 'eun', 'eun', 'ウン'),
  syllable('재', 'jae', 'jay', 'ジェ'),
  syllable('희', 'hui', 'hee', 'ヒ'),
  syllable('진', 'jin', 'jinn', 'ジン'),
  syllable('성', 'seong', 'sung', 'ソン'),
  syllable('호', 'ho', 'hoh', 'ホ'),
  syllable('태', 'tae', 'tay', 'テ'),
  syllable('윤', 'yun', 'yoon', 'ユン'),
  syllable('혜', 'hye', 'hyae', 'ヘ'),
  syllable('동', 'dong', 'tong', 'ドン'),
  syllable('상', 'sang', 'sahng', 'サン'),
  syllable('경', 'gyeong', 'kyung', 'ギョン'),
  syllable('소', 'so', 'soh', 'ソ'),
  syllable('나', 'na', 'nah', 'ナ'),
  syllable('도', 'do', 'doh', 'ド'),
  syllable('주', 'ju', 'joo', 'ジュ'),
  syllable('예', 'ye', 'yeh', 'イェ'),
  syllable('건', 'geon', 'gun', 'ゴン'),
  syllable('석', 'seok', 'suk', 'ソク'),
  syllable('철', 'cheol', 'chul', 'チョル'),
  syllable('미', 'mi', 'mee', 'ミ'),
  syllable('규', 'gyu', 'kyu', 'ギュ'),
  syllable('기', 'gi', 'ki', 'ギ'),
  syllable('명', 'myeong', 'myung', 'ミョン'),
  syllable('빈', 'bin', 'been', 'ビン'),
  syllable('원', 'won', 'weon', 'ウォン'),
  syllable('혁', 'hyeok', 'hyuk', 'ヒョク'),
  syllable('선', 'seon', 'sun', 'ソン'),
  syllable('다', 'da', 'dah', 'ダ'),
  syllable('래', 'rae', 'lae', 'レ'),
  syllable('아', 'a', 'ah', 'ア'),
  syllable('린', 'rin', 'lin', 'リン'),
  syllable('채', 'chae', 'chay', 'チェ'),
  syllable('솔', 'sol', 'sohl', 'ソル'),
  syllable('빛', 'bit', 'bitt', 'ビッ'),
  syllable('훈', 'hun', 'hoon', 'フン'),
];

/** A Japanese name part: kanji, romanization, an alternative romanization (long vowels), hiragana reading. */
export interface JapaneseName {
  kanji: string;
  romaji: string;
  alt: string;
  kana: string;
}

const ja = (kanji: string, romaji: string, kana: string, alt = romaji): JapaneseName => ({ kanji, romaji, alt, kana });

/** Japanese family names. */
export const JAPANESE_SURNAMES: readonly JapaneseName[] = [
  ja('佐藤', 'Sato', 'さとう', 'Satoh'),
  ja('鈴木', 'Suzuki', 'すずき'),
  ja('高橋', 'Takahashi', 'たかはし'),
  ja('田中', 'Tanaka', 'たなか'),
  ja('伊藤', 'Ito', 'いとう', 'Itoh'),
  ja('渡辺', 'Watanabe', 'わたなべ'),
  ja('山本', 'Yamamoto', 'やまもと'),
  ja('中村', 'Nakamura', 'なかむら'),
  ja('小林', 'Kobayashi', 'こばやし'),
  ja('加藤', 'Kato', 'かとう', 'Katoh'),
  ja('吉田', 'Yoshida', 'よしだ'),
  ja('山田', 'Yamada', 'やまだ'),
  ja('佐々木', 'Sasaki', 'ささき'),
  ja('山口', 'Yamaguchi', 'やまぐち'),
  ja('松本', 'Matsumoto', 'まつもと'),
  ja('井上', 'Inoue', 'いのうえ'),
  ja('木村', 'Kimura', 'きむら'),
  ja('林', 'Hayashi', 'はやし'),
  ja('斎藤', 'Saito', 'さいとう', 'Saitoh'),
  ja('清水', 'Shimizu', 'しみず'),
  ja('山崎', 'Yamazaki', 'やまざき'),
  ja('森', 'Mori', 'もり'),
  ja('池田', 'Ikeda', 'いけだ'),
  ja('橋本', 'Hashimoto', 'はしもと'),
  ja('阿部', 'Abe', 'あべ'),
  ja('石川', 'Ishikawa', 'いしかわ'),
  ja('山下', 'Yamashita', 'やました'),
  ja('中島', 'Nakajima', 'なかじま'),
  ja('石井', 'Ishii', 'いしい'),
  ja('小川', 'Ogawa', 'おがわ'),
  ja('前田', 'Maeda', 'まえだ'),
  ja('岡田', 'Okada', 'おかだ'),
  ja('長谷川', 'Hasegawa', 'はせがわ'),
  ja('藤田', 'Fujita', 'ふじた'),
  ja('後藤', 'Goto', 'ごとう', 'Gotoh'),
  ja('近藤', 'Kondo', 'こんどう', 'Kondoh'),
  ja('村上', 'Murakami', 'むらかみ'),
  ja('遠藤', 'Endo', 'えんどう', 'Endoh'),
  ja('青木', 'Aoki', 'あおき'),
  ja('坂本', 'Sakamoto', 'さかもと'),
  ja('大野', 'Ono', 'おおの', 'Ohno'),
  ja('西村', 'Nishimura', 'にしむら'),
];

/** Japanese given names. */
export const JAPANESE_GIVEN_NAMES: readonly JapaneseName[] = [
  ja('翔太', 'Shota', 'しょうた', 'Shouta'),
  ja('蓮', 'Ren', 'れん'),
  ja('大翔', 'Hiroto', 'ひろと'),
  ja('陽翔', 'Haruto', 'はると'),
  ja('悠真', 'Yuma', 'ゆうま', 'Yuuma'),
  ja('湊', 'Minato', 'みなと'),
  ja('健', 'Ken', 'けん'),
  ja('拓海', 'Takumi', 'たくみ'),
  ja('颯', 'Hayate', 'はやて'),
  ja('涼', 'Ryo', 'りょう', 'Ryou'),
  ja('隼人', 'Hayato', 'はやと'),
  ja('大輔', 'Daisuke', 'だいすけ'),
  ja('直樹', 'Naoki', 'なおき'),
  ja('和也', 'Kazuya', 'かずや'),
  ja('雄一', 'Yuichi', 'ゆういち', 'Yuuichi'),
  ja('恭平', 'Kyohei', 'きょうへい', 'Kyouhei'),
  ja('康介', 'Kosuke', 'こうすけ', 'Kousuke'),
  ja('誠', 'Makoto', 'まこと'),
  ja('剛', 'Tsuyoshi', 'つよし'),
  ja('浩二', 'Koji', 'こうじ', 'Kouji'),
  ja('結衣', 'Yui', 'ゆい'),
  ja('陽菜', 'Hina', 'ひな'),
  ja('美咲', 'Misaki', 'みさき'),
  ja('葵', 'Aoi', 'あおい'),
  ja('さくら', 'Sakura', 'さくら'),
  ja('凛', 'Rin', 'りん'),
  ja('芽依', 'Mei', 'めい'),
  ja('彩', 'Aya', 'あや'),
  ja('真由', 'Mayu', 'まゆ'),
  ja('千尋', 'Chihiro', 'ちひろ'),
  ja('恵', 'Megumi', 'めぐみ'),
  ja('由美', 'Yumi', 'ゆみ'),
  ja('奈々', 'Nana', 'なな'),
  ja('優花', 'Yuka', 'ゆうか', 'Yuuka'),
  ja('琴音', 'Kotone', 'ことね'),
  ja('舞', 'Mai', 'まい'),
  ja('遥', 'Haruka', 'はるか'),
  ja('瑞希', 'Mizuki', 'みずき'),
  ja('莉子', 'Riko', 'りこ'),
  ja('沙也加', 'Sayaka', 'さやか'),
  ja('里奈', 'Rina', 'りな'),
  ja('翼', 'Tsubasa', 'つばさ'),
];

/** Given names and family names of people credited in English-language markets. */
export const WESTERN_GIVEN_NAMES: readonly string[] = [
  'Anna',
  'Ben',
  'Claire',
  'David',
  'Elena',
  'Felix',
  'Grace',
  'Hugo',
  'Iris',
  'Jonah',
  'Kate',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Paul',
  'Quinn',
  'Rosa',
  'Sam',
  'Tara',
  'Victor',
  'Wendy',
  'Xavier',
  'Yara',
  'Zoe',
  'Adrian',
  'Bianca',
  'Carlos',
  'Diana',
  'Ethan',
  'Fiona',
  'Gabriel',
  'Hannah',
  'Isaac',
  'Julia',
  'Kevin',
  'Laura',
  'Martin',
  'Nina',
  'Oscar',
];
export const WESTERN_SURNAMES: readonly string[] = [
  'Anderson',
  'Brooks',
  'Carter',
  'Dawson',
  'Ellis',
  'Fischer',
  'Garcia',
  'Harper',
  'Ingram',
  'Jensen',
  'Keller',
  'Lawson',
  'Morales',
  'Nolan',
  'Ortega',
  'Parker',
  'Quinlan',
  'Reyes',
  'Sullivan',
  'Turner',
  'Underwood',
  'Vargas',
  'Walsh',
  'Young',
  'Zimmer',
  'Baxter',
  'Coleman',
  'Dunn',
  'Foster',
  'Hayes',
  'Irwin',
  'Jordan',
  'Kemp',
  'Lopez',
  'Mercer',
  'Norris',
  'Owens',
  'Pryce',
  'Ramsey',
  'Santos',
];

/** A title word in English, Japanese (with romaji) and Korean (with romanization). */
export interface TitleWord {
  en: string;
  ja: string;
  jaRomaji: string;
  ko: string;
  koRomaji: string;
}

const word = (en: string, jaText: string, jaRomaji: string, ko: string, koRomaji: string): TitleWord => ({
  en,
  ja: jaText,
  jaRomaji,
  ko,
  koRomaji,
});

/** Words that modify a title noun ("Secret Garden"); their Japanese and Korean forms already attach. */
export const TITLE_MODIFIERS: readonly TitleWord[] = [
  word('Secret', '秘密の', 'Himitsu no', '비밀의', 'Bimirui'),
  word('Last', '最後の', 'Saigo no', '마지막', 'Majimak'),
  word('Midnight', '真夜中の', 'Mayonaka no', '한밤의', 'Hanbamui'),
  word('Red', '赤い', 'Akai', '붉은', 'Bulgeun'),
  word('Quiet', '静かな', 'Shizuka na', '고요한', 'Goyohan'),
  word('Lonely', '孤独な', 'Kodoku na', '외로운', 'Oeroun'),
  word('First', '初めての', 'Hajimete no', '첫', 'Cheot'),
  word('Golden', '黄金の', 'Ogon no', '황금', 'Hwanggeum'),
  word('Hidden', '隠された', 'Kakusareta', '숨겨진', 'Sumgyeojin'),
  word('Blue', '青い', 'Aoi', '푸른', 'Pureun'),
  word('Lost', '失われた', 'Ushinawareta', '잃어버린', 'Ireobeorin'),
  word('Sweet', '甘い', 'Amai', '달콤한', 'Dalkomhan'),
  word('Cold', '冷たい', 'Tsumetai', '차가운', 'Chagaun'),
  word('Wild', '野生の', 'Yasei no', '거친', 'Geochin'),
  word('Eternal', '永遠の', 'Eien no', '영원한', 'Yeongwonhan'),
  word('Little', '小さな', 'Chiisana', '작은', 'Jageun'),
  word('Strange', '奇妙な', 'Kimyo na', '이상한', 'Isanghan'),
  word('Brave', '勇敢な', 'Yukan na', '용감한', 'Yonggamhan'),
  word('Silent', '沈黙の', 'Chinmoku no', '침묵의', 'Chimmugui'),
  word('Burning', '燃える', 'Moeru', '불타는', 'Bultaneun'),
  word('Crystal', '水晶の', 'Suisho no', '수정', 'Sujeong'),
  word('Broken', '壊れた', 'Kowareta', '부서진', 'Buseojin'),
  word('Wandering', '彷徨う', 'Samayou', '떠도는', 'Tteodoneun'),
  word('Shining', '輝く', 'Kagayaku', '빛나는', 'Binnaneun'),
  word('Distant', '遥かな', 'Haruka na', '머나먼', 'Meonameon'),
  word('Gentle', '優しい', 'Yasashii', '다정한', 'Dajeonghan'),
  word('Dangerous', '危険な', 'Kiken na', '위험한', 'Wiheomhan'),
  word('Perfect', '完璧な', 'Kanpeki na', '완벽한', 'Wanbyeokhan'),
  word('False', '偽りの', 'Itsuwari no', '거짓', 'Geojit'),
  word('Second', '二度目の', 'Nidome no', '두 번째', 'Du Beonjjae'),
];

/** Nouns titles are made of. */
export const TITLE_NOUNS: readonly TitleWord[] = [
  word('Garden', '庭', 'Niwa', '정원', 'Jeongwon'),
  word('Love', '恋', 'Koi', '사랑', 'Sarang'),
  word('City', '街', 'Machi', '도시', 'Dosi'),
  word('Hospital', '病院', 'Byoin', '병원', 'Byeongwon'),
  word('Kitchen', '台所', 'Daidokoro', '부엌', 'Bueok'),
  word('Detective', '探偵', 'Tantei', '탐정', 'Tamjeong'),
  word('Summer', '夏', 'Natsu', '여름', 'Yeoreum'),
  word('Winter', '冬', 'Fuyu', '겨울', 'Gyeoul'),
  word('Promise', '約束', 'Yakusoku', '약속', 'Yaksok'),
  word('Family', '家族', 'Kazoku', '가족', 'Gajok'),
  word('Island', '島', 'Shima', '섬', 'Seom'),
  word('Station', '駅', 'Eki', '역', 'Yeok'),
  word('Letter', '手紙', 'Tegami', '편지', 'Pyeonji'),
  word('Moon', '月', 'Tsuki', '달', 'Dal'),
  word('Star', '星', 'Hoshi', '별', 'Byeol'),
  word('Heir', '後継者', 'Kokeisha', '후계자', 'Hugyeja'),
  word('Lawyer', '弁護士', 'Bengoshi', '변호사', 'Byeonhosa'),
  word('Chef', '料理人', 'Ryorinin', '요리사', 'Yorisa'),
  word('Teacher', '先生', 'Sensei', '선생님', 'Seonsaengnim'),
  word('Queen', '女王', 'Joo', '여왕', 'Yeowang'),
  word('King', '王様', 'Ousama', '왕', 'Wang'),
  word('Ghost', '幽霊', 'Yurei', '유령', 'Yuryeong'),
  word('Bakery', 'パン屋', 'Panya', '빵집', 'Ppangjip'),
  word('Diary', '日記', 'Nikki', '일기', 'Ilgi'),
  word('Door', '扉', 'Tobira', '문', 'Mun'),
  word('Rain', '雨', 'Ame', '비', 'Bi'),
  word('Song', '歌', 'Uta', '노래', 'Norae'),
  word('Dream', '夢', 'Yume', '꿈', 'Kkum'),
  word('Mirror', '鏡', 'Kagami', '거울', 'Geoul'),
  word('Road', '道', 'Michi', '길', 'Gil'),
  word('Classroom', '教室', 'Kyoshitsu', '교실', 'Gyosil'),
  word('Office', 'オフィス', 'Ofisu', '사무실', 'Samusil'),
  word('Witness', '証人', 'Shonin', '증인', 'Jeungin'),
  word('Doctor', '医者', 'Isha', '의사', 'Uisa'),
  word('Neighbor', '隣人', 'Rinjin', '이웃', 'Iut'),
  word('Spring', '春', 'Haru', '봄', 'Bom'),
  word('Sea', '海', 'Umi', '바다', 'Bada'),
  word('Mountain', '山', 'Yama', '산', 'San'),
  word('Night', '夜', 'Yoru', '밤', 'Bam'),
  word('Hotel', 'ホテル', 'Hoteru', '호텔', 'Hotel'),
];

/** A company name word with its Korean and Japanese transliteration. */
export interface CompanyWord {
  en: string;
  ko: string;
  ja: string;
}

const company = (en: string, ko: string, jaText: string): CompanyWord => ({ en, ko, ja: jaText });

/** First words of company names. */
export const COMPANY_WORDS: readonly CompanyWord[] = [
  company('Dragon', '드래곤', 'ドラゴン'),
  company('Phoenix', '피닉스', 'フェニックス'),
  company('Tiger', '타이거', 'タイガー'),
  company('Crane', '크레인', 'クレイン'),
  company('Lotus', '로터스', 'ロータス'),
  company('Hanbit', '한빛', 'ハンビッ'),
  company('Arirang', '아리랑', 'アリラン'),
  company('Namsan', '남산', 'ナムサン'),
  company('Sakura', '사쿠라', 'サクラ'),
  company('Aurora', '오로라', 'オーロラ'),
  company('Horizon', '호라이즌', 'ホライズン'),
  company('Atlas', '아틀라스', 'アトラス'),
  company('Orbit', '오빗', 'オービット'),
  company('Pine', '파인', 'パイン'),
  company('Maple', '메이플', 'メープル'),
  company('Silver', '실버', 'シルバー'),
  company('North', '노스', 'ノース'),
  company('Coral', '코랄', 'コーラル'),
  company('Harbor', '하버', 'ハーバー'),
  company('Summit', '서밋', 'サミット'),
  company('Echo', '에코', 'エコー'),
  company('Prism', '프리즘', 'プリズム'),
  company('Nova', '노바', 'ノヴァ'),
  company('Lumen', '루멘', 'ルーメン'),
  company('Meridian', '메리디안', 'メリディアン'),
  company('Willow', '윌로', 'ウィロー'),
  company('Iris', '아이리스', 'アイリス'),
  company('Cedar', '시더', 'シダー'),
  company('Anchor', '앵커', 'アンカー'),
  company('Beacon', '비컨', 'ビーコン'),
  company('Comet', '코멧', 'コメット'),
  company('Vista', '비스타', 'ビスタ'),
  company('Zenith', '제니스', 'ゼニス'),
  company('Bluebird', '블루버드', 'ブルーバード'),
  company('Crescent', '크레센트', 'クレセント'),
  company('Ember', '엠버', 'エンバー'),
  company('Falcon', '팰컨', 'ファルコン'),
  company('Granite', '그래닛', 'グラナイト'),
  company('Juniper', '주니퍼', 'ジュニパー'),
  company('Sunrise', '선라이즈', 'サンライズ'),
];

/** What a company kind is called at the end of its name. */
export interface CompanySuffix extends CompanyWord {
  kind: 'studio' | 'broadcaster' | 'channel' | 'streaming-platform' | 'theatre-producer' | 'distributor';
}

export const COMPANY_SUFFIXES: readonly CompanySuffix[] = [
  { ...company('Pictures', '픽처스', 'ピクチャーズ'), kind: 'studio' },
  { ...company('Studios', '스튜디오', 'スタジオ'), kind: 'studio' },
  { ...company('Entertainment', '엔터테인먼트', 'エンタテインメント'), kind: 'studio' },
  { ...company('Contents', '콘텐츠', 'コンテンツ'), kind: 'studio' },
  { ...company('Films', '필름스', 'フィルムズ'), kind: 'studio' },
  { ...company('Broadcasting', '방송', '放送'), kind: 'broadcaster' },
  { ...company('TV', '티비', 'テレビ'), kind: 'broadcaster' },
  { ...company('Channel', '채널', 'チャンネル'), kind: 'channel' },
  { ...company('Plus', '플러스', 'プラス'), kind: 'streaming-platform' },
  { ...company('Stream', '스트림', 'ストリーム'), kind: 'streaming-platform' },
  { ...company('Stage', '스테이지', 'ステージ'), kind: 'theatre-producer' },
  { ...company('Distribution', '배급', '配給'), kind: 'distributor' },
];

/** A market the generated productions are made for: ISO code, language, adjective, cities with theatres. */
export interface Market {
  code: string;
  language: string;
  adjective: string;
  cities: readonly string[];
}

/** Markets, Japan first and most often (as in the seed), then the others. */
export const MARKETS: readonly Market[] = [
  { code: 'JP', language: 'ja', adjective: 'Japanese', cities: ['Tokyo', 'Osaka', 'Nagoya'] },
  { code: 'US', language: 'en', adjective: 'American', cities: ['New York', 'Los Angeles', 'Chicago'] },
  { code: 'GB', language: 'en', adjective: 'British', cities: ['London', 'Manchester'] },
  { code: 'TH', language: 'th', adjective: 'Thai', cities: ['Bangkok'] },
  { code: 'VN', language: 'vi', adjective: 'Vietnamese', cities: ['Hanoi', 'Ho Chi Minh City'] },
  { code: 'ID', language: 'id', adjective: 'Indonesian', cities: ['Jakarta'] },
  { code: 'PH', language: 'fil', adjective: 'Filipino', cities: ['Manila'] },
  { code: 'TW', language: 'zh', adjective: 'Taiwanese', cities: ['Taipei'] },
  { code: 'MX', language: 'es', adjective: 'Mexican', cities: ['Mexico City'] },
  { code: 'TR', language: 'tr', adjective: 'Turkish', cities: ['Istanbul'] },
];

/** Publications the synthetic sources appear in (invented names: these are not real outlets). */
export const PUBLISHERS: readonly { name: string; language: string }[] = [
  { name: 'Seoul Screen Daily', language: 'en' },
  { name: 'Hallyu Trade Weekly', language: 'en' },
  { name: 'Tokyo Drama Journal', language: 'ja' },
  { name: 'Eiga Shinbun Online', language: 'ja' },
  { name: 'Busan Broadcast Review', language: 'ko' },
  { name: 'Stage and Screen Asia', language: 'en' },
  { name: 'Nippon TV Guide Web', language: 'ja' },
  { name: 'Korea Content Bulletin', language: 'ko' },
];

/** Filler words for sentences of entry bodies. */
export const TOPICS: readonly string[] = [
  'the writers room',
  'location shooting',
  'the local cast',
  'subtitles and dubbing',
  'the original webtoon',
  'ratings in its first week',
  'the soundtrack',
  'streaming charts',
  'a second season',
  'co-financing',
  'script adaptation',
  'the casting call',
  'an international premiere',
  'press screenings',
  'festival selection',
];
