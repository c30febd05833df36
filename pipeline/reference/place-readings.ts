// How a place name's polyphonic characters are read where pinyin-pro's everyday reading is wrong:
// Chinese text in, toneless syllables out (one per character). Found by listing every division
// name with a character pinyin-pro knows several readings for, and checking its official romanization.
// A word is matched anywhere in a name, longest first; a single character applies to every name.

export const PLACE_READINGS: Readonly<Record<string, string>> = {
  // Characters read one way in every place name, though the everyday word reads them otherwise.
  什: "shi", // 喀什 Kashi, 阿图什, 乌什, 什邡, 康巴什; pinyin-pro says "shen" (什么)
  都: "du", // 昌都, 宁都, 郫都, 丰都, 都匀 ...; pinyin-pro says "dou" (都是)
  // Words.
  大城: "da cheng", // Dacheng County, Hebei; pinyin-pro "dai"
  大埔: "da bu", // Dabu County, Guangdong
  大箐山: "da qing shan",
  乐亭: "lao ting", // Laoting County, Hebei
  乐清: "yue qing", // Yueqing, Zhejiang
  民乐: "min le", // Minle County, Gansu; pinyin-pro "yue"
  六合: "lu he", // Luhe District, Nanjing
  蚌山: "beng shan", // Bengshan District, Bengbu
  尉犁: "yu li", // Yuli County, Xinjiang
  洪洞: "hong tong", // Hongtong County, Shanxi
  繁峙: "fan shi", // Fanshi County, Shanxi
  涡阳: "guo yang", // Guoyang County, Anhui
  泌阳: "bi yang", // Biyang County, Henan
  中牟: "zhong mou", // Zhongmou County, Henan
  牟定: "mou ding", // Mouding County, Yunnan
  召陵: "shao ling", // Shaoling District, Luohe
  黄陂: "huang pi", // Huangpi District, Wuhan
  曾都: "zeng du", // Zengdu District, Suizhou
  覃塘: "tan tang", // Tantang District, Guigang
  筠连: "jun lian", // Junlian County, Sichuan
  珲春: "hun chun", // Hunchun, Jilin
  穆棱: "mu ling", // Muling, Heilongjiang
  宕昌: "tan chang", // Tanchang County, Gansu
  吴堡: "wu bu", // Wubu County, Shaanxi
  红寺堡: "hong si bu", // Hongsibu District, Ningxia
  // One-character county names (read with 县): 单县 Shan, 歙县 She, 蔚县 Yu, 浚县 Xun.
  单: "shan",
  歙: "she",
  蔚: "yu",
  浚: "xun",
};
