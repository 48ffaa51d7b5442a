import { Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

/** 查找: an ID number, phone, name, pinyin initials or the code printed on a receipt (a scanner types it). */
export function FindBox({ initial = '', size = 'middle', width = 280 }: { initial?: string; size?: 'middle' | 'large'; width?: number }) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  return (
    <Input.Search
      aria-label="查找"
      placeholder="查找：身份证号 / 电话 / 姓名 / 拼音首字母 / 编号"
      value={value}
      size={size}
      style={{ width }}
      allowClear
      onChange={(e) => setValue(e.target.value)}
      onSearch={(q) => q.trim() && navigate(`/matters?q=${encodeURIComponent(q.trim())}`)}
    />
  );
}
