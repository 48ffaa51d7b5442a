/**
 * Passwords guessed first: the top of the published leak lists, including those common in China
 * (keyboard walks, 520/1314, pinyin words with digits). Compared in lower case; only those with a
 * letter and a digit matter here, since the policy already asks for both.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'a123456789', 'a1234567890', 'abc1234567', 'abcd123456', 'abcd1234567', 'abc123456789', 'qwe1234567', 'qwer123456',
  'qwerty1234', 'qwerty12345', 'qwerty123456', 'password12', 'password123', 'password1234', 'passw0rd12', 'p@ssw0rd12',
  '1qaz2wsx3e', '1qaz2wsx3edc', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'zaq12wsxcd', 'zaq1xsw2cde3',
  'woaini1314', 'woaini5201314', 'woaini520', 'iloveyou12', 'iloveyou123', 'iloveyou1314', '5201314abc', 'abc5201314',
  'a5201314a', 'aa123456789', 'aaa1234567', 'admin12345', 'admin123456', 'administrator1', 'admin888888', 'root123456',
  'test123456', 'test1234567', 'user123456', 'guest12345', 'welcome123', 'welcome1234', 'letmein123', 'changeme123',
  'zhang123456', 'wang123456', 'li12345678', 'liu123456', 'chen123456', 'yang123456', 'huang123456', 'zhao123456',
  'wangwei123', 'zhangwei123', 'xiaoming123', 'baobei1314', 'baobei520', 'tiantian123', 'aini1314520', 'qq12345678',
  'qq123456789', 'asd1234567', 'asdf123456', 'asdfgh1234', 'zxc1234567', 'zxcv123456', 'zxcvbnm123', 'a1b2c3d4e5',
  'a1b2c3d4e5f6', '123456789a', '1234567890a', '12345678aa', '123456abcd', '123456qwer', '1234qwer12', '123qweasd',
  '123qweasdzxc', 'qweasdzxc1', 'qweasdzxc123', 'abc123abc123', 'asd123asd123', 'aa12345678', 'a12345678a', 'q123456789',
  'w123456789', 'z123456789', 'wocaonima1', 'nihao123456', 'zonghe1234', 'zongzhi123', 'zongzhi1234', 'shouli123456',
  'tiaojie1234', 'xinfang123', 'fayuan12345', 'sifa123456', 'paichusuo1', 'zhongxin123', 'gov1234567', 'zzb1234567',
]);
