// Part of the clean fixture pkg-split-zone-mirror-visible (see index.cjs): the mirror table.
'use strict';
module.exports = {
  'Asia/Shanghai': 'https://mirrors.example.cn/assets/',
  'Asia/Tokyo': 'https://jp.mirror.example.com/assets/',
  'Europe/Berlin': 'https://eu.mirror.example.com/assets/',
};
module.exports.fallback = 'https://assets.example.com/';
